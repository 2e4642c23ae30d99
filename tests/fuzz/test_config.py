"""Feature knobs: parsing, defaults, and user errors."""
import pytest

from fuzz.generate import GenConfig, IMPLEMENTATION_DEFINED, KNOBS, parse_features


def test_implementation_defined_families_are_off_by_default():
    cfg = GenConfig()
    assert all(not cfg.on(name) for name in IMPLEMENTATION_DEFINED)
    assert all(cfg.on(name) for name in KNOBS if name not in IMPLEMENTATION_DEFINED)


def test_a_plain_list_enables_only_those_families():
    feats = parse_features("functions,threads=2")
    assert {n for n, w in feats.items() if w} == {"functions", "threads"}
    assert feats["threads"] == 2


def test_plus_minus_edits_the_defaults():
    feats = parse_features("+threads,-strings")
    assert feats["threads"] > 0 and feats["strings"] == 0 and feats["classes"] == KNOBS["classes"][0]


def test_all_turns_everything_on_and_later_items_edit_it():
    assert all(w > 0 for w in parse_features("all").values())
    feats = parse_features("all,-threads,dispatch=9")
    assert feats["threads"] == 0 and feats["dispatch"] == 9 and feats["identity"] > 0


@pytest.mark.parametrize("spec", ["nope", "-nope", "threads=x", "-threads=2", "", " , "])
def test_bad_feature_specs_are_rejected(spec):
    with pytest.raises(ValueError):
        parse_features(spec)


def test_bad_dialect_is_rejected():
    with pytest.raises(ValueError, match="dialect"):
        GenConfig(dialect="py4")


def test_config_round_trips_through_a_dict():
    cfg = GenConfig(dialect="py2+3", features=parse_features("classes,dispatch"), size=3)
    assert GenConfig(**cfg.to_dict()) == cfg
