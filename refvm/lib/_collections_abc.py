"""_collections_abc on refvm: the stdlib's defines the async ABCs with
`async def`, which refvm does not compile; modules importing it by this
name (locale) get refvm's collections.abc."""
from collections.abc import *  # noqa: F401,F403
