# Attribute get, set and delete through getattr/setattr/delattr on instances, classes,
# metaclasses and builtins, with data descriptors (one with only __set__, one with only
# __delete__), non-data descriptors, properties, __slots__, __getattr__ and
# __getattribute__. The grid (1,458 cases) found None.__class__ answering the getset
# itself (None taken for 'no instance'), a descriptor with only __delete__ not made a
# data descriptor for setting (and only __set__ for deleting), del o.__dict__ and
# del o.__class__ refused or worded otherwise, a deleted unset slot's message, the
# read-only wording, builtin types' __module__ seen from their instances (1 .__module__),
# no __doc__ on object, None, builtin functions and method descriptors, type.__doc__
# answering its getset, and type.__mro__/__bases__ errors worded otherwise.

class D:                       # data descriptor
    def __get__(self, o, t=None): return ('D.get', o is None)
    def __set__(self, o, v): print('D.set', v)
    def __delete__(self, o): print('D.del')
class ND:                      # non-data descriptor
    def __get__(self, o, t=None): return ('ND.get', o is None)
class SetOnly:
    def __set__(self, o, v): print('SetOnly.set', v)
class DelOnly:
    def __delete__(self, o): print('DelOnly.del')
class GetAttr:
    def __getattr__(self, n): return ('getattr', n)
class GetAttribute:
    def __getattribute__(self, n):
        if n == 'boom': raise AttributeError('boom!')
        return ('getattribute', n)
    def __getattr__(self, n): return ('fallback', n)
class Slots:
    __slots__ = ('a', 'b')
class SlotsDict:
    __slots__ = ('a', '__dict__')
class Plain:
    x = 1
    d = D()
    nd = ND()
    so = SetOnly()
    do = DelOnly()
    p = property(lambda s: 'prop')
    pw = property(lambda s: 'pw', lambda s, v: print('pw.set', v))
    cm = classmethod(lambda c: c.__name__)
    sm = staticmethod(lambda: 'sm')
    def m(self): return 'm'
class Meta(type):
    md = D()
    mnd = ND()
    def __getattr__(cls, n): return ('meta.getattr', n)
class WithMeta(metaclass=Meta):
    md = 'class-level'
    mnd = 'class-level'
def show(i, f):
    try:
        r = f()
        print(i, type(r).__name__, repr(r) if not callable(r) or isinstance(r, type) else '<callable %s>' % getattr(r, '__name__', '?'))
    except Exception as e:
        print(i, 'EXC', type(e).__name__, e)

show(0, lambda: getattr(Plain(), 'x'))
def _s1():
    o = Plain()
    setattr(o, 'x', 5)
    return getattr(o, 'x', 'gone')
show(1, _s1)
def _s2():
    o = Plain()
    delattr(o, 'x')
    return hasattr(o, 'x')
show(2, _s2)
show(3, lambda: getattr(Plain(), 'd'))
def _s4():
    o = Plain()
    setattr(o, 'd', 5)
    return getattr(o, 'd', 'gone')
show(4, _s4)
def _s5():
    o = Plain()
    delattr(o, 'd')
    return hasattr(o, 'd')
show(5, _s5)
show(6, lambda: getattr(Plain(), 'nd'))
def _s7():
    o = Plain()
    setattr(o, 'nd', 5)
    return getattr(o, 'nd', 'gone')
show(7, _s7)
def _s8():
    o = Plain()
    delattr(o, 'nd')
    return hasattr(o, 'nd')
show(8, _s8)
def _s9():
    o = Plain()
    delattr(o, 'so')
    return hasattr(o, 'so')
show(9, _s9)
def _s10():
    o = Plain()
    setattr(o, 'do', 5)
    return getattr(o, 'do', 'gone')
show(10, _s10)
def _s11():
    o = Plain()
    delattr(o, 'do')
    return hasattr(o, 'do')
show(11, _s11)
show(12, lambda: getattr(Plain(), 'p'))
def _s13():
    o = Plain()
    setattr(o, 'p', 5)
    return getattr(o, 'p', 'gone')
show(13, _s13)
def _s14():
    o = Plain()
    delattr(o, 'p')
    return hasattr(o, 'p')
show(14, _s14)
show(15, lambda: getattr(Plain(), 'pw'))
def _s16():
    o = Plain()
    setattr(o, 'pw', 5)
    return getattr(o, 'pw', 'gone')
show(16, _s16)
def _s17():
    o = Plain()
    delattr(o, 'pw')
    return hasattr(o, 'pw')
show(17, _s17)
show(18, lambda: getattr(Plain(), 'cm'))
def _s19():
    o = Plain()
    setattr(o, 'cm', 5)
    return getattr(o, 'cm', 'gone')
show(19, _s19)
def _s20():
    o = Plain()
    delattr(o, 'cm')
    return hasattr(o, 'cm')
show(20, _s20)
show(21, lambda: getattr(Plain(), 'sm'))
def _s22():
    o = Plain()
    setattr(o, 'sm', 5)
    return getattr(o, 'sm', 'gone')
show(22, _s22)
def _s23():
    o = Plain()
    delattr(o, 'sm')
    return hasattr(o, 'sm')
show(23, _s23)
show(24, lambda: getattr(Plain(), 'm'))
def _s25():
    o = Plain()
    setattr(o, 'm', 5)
    return getattr(o, 'm', 'gone')
show(25, _s25)
def _s26():
    o = Plain()
    delattr(o, 'm')
    return hasattr(o, 'm')
show(26, _s26)
show(27, lambda: getattr(Plain(), 'a'))
def _s28():
    o = Plain()
    setattr(o, 'a', 5)
    return getattr(o, 'a', 'gone')
show(28, _s28)
def _s29():
    o = Plain()
    delattr(o, 'a')
    return hasattr(o, 'a')
show(29, _s29)
show(30, lambda: getattr(Plain(), 'b'))
def _s31():
    o = Plain()
    setattr(o, 'b', 5)
    return getattr(o, 'b', 'gone')
show(31, _s31)
def _s32():
    o = Plain()
    delattr(o, 'b')
    return hasattr(o, 'b')
show(32, _s32)
show(33, lambda: getattr(Plain(), '__dict__'))
def _s34():
    o = Plain()
    setattr(o, '__dict__', 5)
    return getattr(o, '__dict__', 'gone')
show(34, _s34)
def _s35():
    o = Plain()
    delattr(o, '__dict__')
    return hasattr(o, '__dict__')
show(35, _s35)
show(36, lambda: getattr(Plain(), '__class__'))
def _s37():
    o = Plain()
    setattr(o, '__class__', 5)
    return getattr(o, '__class__', 'gone')
show(37, _s37)
def _s38():
    o = Plain()
    delattr(o, '__class__')
    return hasattr(o, '__class__')
show(38, _s38)
show(39, lambda: getattr(Plain(), '__name__'))
def _s40():
    o = Plain()
    setattr(o, '__name__', 5)
    return getattr(o, '__name__', 'gone')
show(40, _s40)
def _s41():
    o = Plain()
    delattr(o, '__name__')
    return hasattr(o, '__name__')
show(41, _s41)
show(42, lambda: getattr(Plain(), '__doc__'))
def _s43():
    o = Plain()
    setattr(o, '__doc__', 5)
    return getattr(o, '__doc__', 'gone')
show(43, _s43)
def _s44():
    o = Plain()
    delattr(o, '__doc__')
    return hasattr(o, '__doc__')
show(44, _s44)
show(45, lambda: getattr(Plain(), 'md'))
def _s46():
    o = Plain()
    setattr(o, 'md', 5)
    return getattr(o, 'md', 'gone')
show(46, _s46)
def _s47():
    o = Plain()
    delattr(o, 'md')
    return hasattr(o, 'md')
show(47, _s47)
show(48, lambda: getattr(Plain(), 'mnd'))
def _s49():
    o = Plain()
    setattr(o, 'mnd', 5)
    return getattr(o, 'mnd', 'gone')
show(49, _s49)
def _s50():
    o = Plain()
    delattr(o, 'mnd')
    return hasattr(o, 'mnd')
show(50, _s50)
show(51, lambda: getattr(Plain(), 'boom'))
def _s52():
    o = Plain()
    setattr(o, 'boom', 5)
    return getattr(o, 'boom', 'gone')
show(52, _s52)
def _s53():
    o = Plain()
    delattr(o, 'boom')
    return hasattr(o, 'boom')
show(53, _s53)
show(54, lambda: getattr(Plain(), 'missing'))
def _s55():
    o = Plain()
    setattr(o, 'missing', 5)
    return getattr(o, 'missing', 'gone')
show(55, _s55)
def _s56():
    o = Plain()
    delattr(o, 'missing')
    return hasattr(o, 'missing')
show(56, _s56)
show(57, lambda: getattr(Plain(), '__slots__'))
def _s58():
    o = Plain()
    setattr(o, '__slots__', 5)
    return getattr(o, '__slots__', 'gone')
show(58, _s58)
def _s59():
    o = Plain()
    delattr(o, '__slots__')
    return hasattr(o, '__slots__')
show(59, _s59)
show(60, lambda: getattr(Plain(), 'real'))
def _s61():
    o = Plain()
    setattr(o, 'real', 5)
    return getattr(o, 'real', 'gone')
show(61, _s61)
def _s62():
    o = Plain()
    delattr(o, 'real')
    return hasattr(o, 'real')
show(62, _s62)
show(63, lambda: getattr(Plain(), '__module__'))
def _s64():
    o = Plain()
    setattr(o, '__module__', 5)
    return getattr(o, '__module__', 'gone')
show(64, _s64)
def _s65():
    o = Plain()
    delattr(o, '__module__')
    return hasattr(o, '__module__')
show(65, _s65)
show(66, lambda: getattr(Plain(), '__qualname__'))
def _s67():
    o = Plain()
    setattr(o, '__qualname__', 5)
    return getattr(o, '__qualname__', 'gone')
show(67, _s67)
def _s68():
    o = Plain()
    delattr(o, '__qualname__')
    return hasattr(o, '__qualname__')
show(68, _s68)
show(69, lambda: getattr(Plain(), '__mro__'))
def _s70():
    o = Plain()
    setattr(o, '__mro__', 5)
    return getattr(o, '__mro__', 'gone')
show(70, _s70)
def _s71():
    o = Plain()
    delattr(o, '__mro__')
    return hasattr(o, '__mro__')
show(71, _s71)
show(72, lambda: getattr(Plain(), '__bases__'))
def _s73():
    o = Plain()
    setattr(o, '__bases__', 5)
    return getattr(o, '__bases__', 'gone')
show(73, _s73)
def _s74():
    o = Plain()
    delattr(o, '__bases__')
    return hasattr(o, '__bases__')
show(74, _s74)
show(75, lambda: getattr(Plain(), '__weakref__'))
def _s76():
    o = Plain()
    setattr(o, '__weakref__', 5)
    return getattr(o, '__weakref__', 'gone')
show(76, _s76)
def _s77():
    o = Plain()
    delattr(o, '__weakref__')
    return hasattr(o, '__weakref__')
show(77, _s77)
show(78, lambda: getattr(Plain, 'x'))
def _s79():
    o = Plain
    setattr(o, 'x', 5)
    return getattr(o, 'x', 'gone')
show(79, _s79)
def _s80():
    o = Plain
    delattr(o, 'x')
    return hasattr(o, 'x')
show(80, _s80)
show(81, lambda: getattr(Plain, 'd'))
def _s82():
    o = Plain
    setattr(o, 'd', 5)
    return getattr(o, 'd', 'gone')
show(82, _s82)
def _s83():
    o = Plain
    delattr(o, 'd')
    return hasattr(o, 'd')
show(83, _s83)
show(84, lambda: getattr(Plain, 'nd'))
def _s85():
    o = Plain
    setattr(o, 'nd', 5)
    return getattr(o, 'nd', 'gone')
show(85, _s85)
def _s86():
    o = Plain
    delattr(o, 'nd')
    return hasattr(o, 'nd')
show(86, _s86)
def _s87():
    o = Plain
    setattr(o, 'so', 5)
    return getattr(o, 'so', 'gone')
show(87, _s87)
def _s88():
    o = Plain
    delattr(o, 'so')
    return hasattr(o, 'so')
show(88, _s88)
def _s89():
    o = Plain
    setattr(o, 'do', 5)
    return getattr(o, 'do', 'gone')
show(89, _s89)
def _s90():
    o = Plain
    delattr(o, 'do')
    return hasattr(o, 'do')
show(90, _s90)
def _s91():
    o = Plain
    setattr(o, 'p', 5)
    return getattr(o, 'p', 'gone')
show(91, _s91)
def _s92():
    o = Plain
    delattr(o, 'p')
    return hasattr(o, 'p')
show(92, _s92)
def _s93():
    o = Plain
    setattr(o, 'pw', 5)
    return getattr(o, 'pw', 'gone')
show(93, _s93)
def _s94():
    o = Plain
    delattr(o, 'pw')
    return hasattr(o, 'pw')
show(94, _s94)
show(95, lambda: getattr(Plain, 'cm'))
def _s96():
    o = Plain
    setattr(o, 'cm', 5)
    return getattr(o, 'cm', 'gone')
show(96, _s96)
def _s97():
    o = Plain
    delattr(o, 'cm')
    return hasattr(o, 'cm')
show(97, _s97)
show(98, lambda: getattr(Plain, 'sm'))
def _s99():
    o = Plain
    setattr(o, 'sm', 5)
    return getattr(o, 'sm', 'gone')
show(99, _s99)
def _s100():
    o = Plain
    delattr(o, 'sm')
    return hasattr(o, 'sm')
show(100, _s100)
show(101, lambda: getattr(Plain, 'm'))
def _s102():
    o = Plain
    setattr(o, 'm', 5)
    return getattr(o, 'm', 'gone')
show(102, _s102)
def _s103():
    o = Plain
    delattr(o, 'm')
    return hasattr(o, 'm')
show(103, _s103)
show(104, lambda: getattr(Plain, 'a'))
def _s105():
    o = Plain
    setattr(o, 'a', 5)
    return getattr(o, 'a', 'gone')
show(105, _s105)
def _s106():
    o = Plain
    delattr(o, 'a')
    return hasattr(o, 'a')
show(106, _s106)
show(107, lambda: getattr(Plain, 'b'))
def _s108():
    o = Plain
    setattr(o, 'b', 5)
    return getattr(o, 'b', 'gone')
show(108, _s108)
def _s109():
    o = Plain
    delattr(o, 'b')
    return hasattr(o, 'b')
show(109, _s109)
def _s110():
    o = Plain
    setattr(o, '__dict__', 5)
    return getattr(o, '__dict__', 'gone')
show(110, _s110)
def _s111():
    o = Plain
    delattr(o, '__dict__')
    return hasattr(o, '__dict__')
show(111, _s111)
show(112, lambda: getattr(Plain, '__class__'))
def _s113():
    o = Plain
    setattr(o, '__class__', 5)
    return getattr(o, '__class__', 'gone')
show(113, _s113)
def _s114():
    o = Plain
    delattr(o, '__class__')
    return hasattr(o, '__class__')
show(114, _s114)
show(115, lambda: getattr(Plain, '__name__'))
def _s116():
    o = Plain
    setattr(o, '__name__', 5)
    return getattr(o, '__name__', 'gone')
show(116, _s116)
def _s117():
    o = Plain
    delattr(o, '__name__')
    return hasattr(o, '__name__')
show(117, _s117)
show(118, lambda: getattr(Plain, '__doc__'))
def _s119():
    o = Plain
    setattr(o, '__doc__', 5)
    return getattr(o, '__doc__', 'gone')
show(119, _s119)
def _s120():
    o = Plain
    delattr(o, '__doc__')
    return hasattr(o, '__doc__')
show(120, _s120)
show(121, lambda: getattr(Plain, 'md'))
def _s122():
    o = Plain
    setattr(o, 'md', 5)
    return getattr(o, 'md', 'gone')
show(122, _s122)
def _s123():
    o = Plain
    delattr(o, 'md')
    return hasattr(o, 'md')
show(123, _s123)
show(124, lambda: getattr(Plain, 'mnd'))
def _s125():
    o = Plain
    setattr(o, 'mnd', 5)
    return getattr(o, 'mnd', 'gone')
show(125, _s125)
def _s126():
    o = Plain
    delattr(o, 'mnd')
    return hasattr(o, 'mnd')
show(126, _s126)
show(127, lambda: getattr(Plain, 'boom'))
def _s128():
    o = Plain
    setattr(o, 'boom', 5)
    return getattr(o, 'boom', 'gone')
show(128, _s128)
def _s129():
    o = Plain
    delattr(o, 'boom')
    return hasattr(o, 'boom')
show(129, _s129)
show(130, lambda: getattr(Plain, 'missing'))
def _s131():
    o = Plain
    setattr(o, 'missing', 5)
    return getattr(o, 'missing', 'gone')
show(131, _s131)
def _s132():
    o = Plain
    delattr(o, 'missing')
    return hasattr(o, 'missing')
show(132, _s132)
show(133, lambda: getattr(Plain, '__slots__'))
def _s134():
    o = Plain
    setattr(o, '__slots__', 5)
    return getattr(o, '__slots__', 'gone')
show(134, _s134)
def _s135():
    o = Plain
    delattr(o, '__slots__')
    return hasattr(o, '__slots__')
show(135, _s135)
show(136, lambda: getattr(Plain, 'real'))
def _s137():
    o = Plain
    setattr(o, 'real', 5)
    return getattr(o, 'real', 'gone')
show(137, _s137)
def _s138():
    o = Plain
    delattr(o, 'real')
    return hasattr(o, 'real')
show(138, _s138)
show(139, lambda: getattr(Plain, '__module__'))
def _s140():
    o = Plain
    setattr(o, '__module__', 5)
    return getattr(o, '__module__', 'gone')
show(140, _s140)
def _s141():
    o = Plain
    delattr(o, '__module__')
    return hasattr(o, '__module__')
show(141, _s141)
show(142, lambda: getattr(Plain, '__qualname__'))
def _s143():
    o = Plain
    setattr(o, '__qualname__', 5)
    return getattr(o, '__qualname__', 'gone')
show(143, _s143)
def _s144():
    o = Plain
    delattr(o, '__qualname__')
    return hasattr(o, '__qualname__')
show(144, _s144)
show(145, lambda: getattr(Plain, '__mro__'))
def _s146():
    o = Plain
    setattr(o, '__mro__', 5)
    return getattr(o, '__mro__', 'gone')
show(146, _s146)
def _s147():
    o = Plain
    delattr(o, '__mro__')
    return hasattr(o, '__mro__')
show(147, _s147)
show(148, lambda: getattr(Plain, '__bases__'))
def _s149():
    o = Plain
    setattr(o, '__bases__', 5)
    return getattr(o, '__bases__', 'gone')
show(149, _s149)
def _s150():
    o = Plain
    delattr(o, '__bases__')
    return hasattr(o, '__bases__')
show(150, _s150)
show(151, lambda: getattr(Plain, '__weakref__'))
def _s152():
    o = Plain
    setattr(o, '__weakref__', 5)
    return getattr(o, '__weakref__', 'gone')
show(152, _s152)
def _s153():
    o = Plain
    delattr(o, '__weakref__')
    return hasattr(o, '__weakref__')
show(153, _s153)
show(154, lambda: getattr(GetAttr(), 'x'))
def _s155():
    o = GetAttr()
    setattr(o, 'x', 5)
    return getattr(o, 'x', 'gone')
show(155, _s155)
def _s156():
    o = GetAttr()
    delattr(o, 'x')
    return hasattr(o, 'x')
show(156, _s156)
show(157, lambda: getattr(GetAttr(), 'd'))
def _s158():
    o = GetAttr()
    setattr(o, 'd', 5)
    return getattr(o, 'd', 'gone')
show(158, _s158)
def _s159():
    o = GetAttr()
    delattr(o, 'd')
    return hasattr(o, 'd')
show(159, _s159)
show(160, lambda: getattr(GetAttr(), 'nd'))
def _s161():
    o = GetAttr()
    setattr(o, 'nd', 5)
    return getattr(o, 'nd', 'gone')
show(161, _s161)
def _s162():
    o = GetAttr()
    delattr(o, 'nd')
    return hasattr(o, 'nd')
show(162, _s162)
show(163, lambda: getattr(GetAttr(), 'so'))
def _s164():
    o = GetAttr()
    setattr(o, 'so', 5)
    return getattr(o, 'so', 'gone')
show(164, _s164)
def _s165():
    o = GetAttr()
    delattr(o, 'so')
    return hasattr(o, 'so')
show(165, _s165)
show(166, lambda: getattr(GetAttr(), 'do'))
def _s167():
    o = GetAttr()
    setattr(o, 'do', 5)
    return getattr(o, 'do', 'gone')
show(167, _s167)
def _s168():
    o = GetAttr()
    delattr(o, 'do')
    return hasattr(o, 'do')
show(168, _s168)
show(169, lambda: getattr(GetAttr(), 'p'))
def _s170():
    o = GetAttr()
    setattr(o, 'p', 5)
    return getattr(o, 'p', 'gone')
show(170, _s170)
def _s171():
    o = GetAttr()
    delattr(o, 'p')
    return hasattr(o, 'p')
show(171, _s171)
show(172, lambda: getattr(GetAttr(), 'pw'))
def _s173():
    o = GetAttr()
    setattr(o, 'pw', 5)
    return getattr(o, 'pw', 'gone')
show(173, _s173)
def _s174():
    o = GetAttr()
    delattr(o, 'pw')
    return hasattr(o, 'pw')
show(174, _s174)
show(175, lambda: getattr(GetAttr(), 'cm'))
def _s176():
    o = GetAttr()
    setattr(o, 'cm', 5)
    return getattr(o, 'cm', 'gone')
show(176, _s176)
def _s177():
    o = GetAttr()
    delattr(o, 'cm')
    return hasattr(o, 'cm')
show(177, _s177)
show(178, lambda: getattr(GetAttr(), 'sm'))
def _s179():
    o = GetAttr()
    setattr(o, 'sm', 5)
    return getattr(o, 'sm', 'gone')
show(179, _s179)
def _s180():
    o = GetAttr()
    delattr(o, 'sm')
    return hasattr(o, 'sm')
show(180, _s180)
show(181, lambda: getattr(GetAttr(), 'm'))
def _s182():
    o = GetAttr()
    setattr(o, 'm', 5)
    return getattr(o, 'm', 'gone')
show(182, _s182)
def _s183():
    o = GetAttr()
    delattr(o, 'm')
    return hasattr(o, 'm')
show(183, _s183)
show(184, lambda: getattr(GetAttr(), 'a'))
def _s185():
    o = GetAttr()
    setattr(o, 'a', 5)
    return getattr(o, 'a', 'gone')
show(185, _s185)
def _s186():
    o = GetAttr()
    delattr(o, 'a')
    return hasattr(o, 'a')
show(186, _s186)
show(187, lambda: getattr(GetAttr(), 'b'))
def _s188():
    o = GetAttr()
    setattr(o, 'b', 5)
    return getattr(o, 'b', 'gone')
show(188, _s188)
def _s189():
    o = GetAttr()
    delattr(o, 'b')
    return hasattr(o, 'b')
show(189, _s189)
show(190, lambda: getattr(GetAttr(), '__dict__'))
def _s191():
    o = GetAttr()
    setattr(o, '__dict__', 5)
    return getattr(o, '__dict__', 'gone')
show(191, _s191)
def _s192():
    o = GetAttr()
    delattr(o, '__dict__')
    return hasattr(o, '__dict__')
show(192, _s192)
show(193, lambda: getattr(GetAttr(), '__class__'))
def _s194():
    o = GetAttr()
    setattr(o, '__class__', 5)
    return getattr(o, '__class__', 'gone')
show(194, _s194)
def _s195():
    o = GetAttr()
    delattr(o, '__class__')
    return hasattr(o, '__class__')
show(195, _s195)
show(196, lambda: getattr(GetAttr(), '__name__'))
def _s197():
    o = GetAttr()
    setattr(o, '__name__', 5)
    return getattr(o, '__name__', 'gone')
show(197, _s197)
def _s198():
    o = GetAttr()
    delattr(o, '__name__')
    return hasattr(o, '__name__')
show(198, _s198)
show(199, lambda: getattr(GetAttr(), '__doc__'))
def _s200():
    o = GetAttr()
    setattr(o, '__doc__', 5)
    return getattr(o, '__doc__', 'gone')
show(200, _s200)
def _s201():
    o = GetAttr()
    delattr(o, '__doc__')
    return hasattr(o, '__doc__')
show(201, _s201)
show(202, lambda: getattr(GetAttr(), 'md'))
def _s203():
    o = GetAttr()
    setattr(o, 'md', 5)
    return getattr(o, 'md', 'gone')
show(203, _s203)
def _s204():
    o = GetAttr()
    delattr(o, 'md')
    return hasattr(o, 'md')
show(204, _s204)
show(205, lambda: getattr(GetAttr(), 'mnd'))
def _s206():
    o = GetAttr()
    setattr(o, 'mnd', 5)
    return getattr(o, 'mnd', 'gone')
show(206, _s206)
def _s207():
    o = GetAttr()
    delattr(o, 'mnd')
    return hasattr(o, 'mnd')
show(207, _s207)
show(208, lambda: getattr(GetAttr(), 'boom'))
def _s209():
    o = GetAttr()
    setattr(o, 'boom', 5)
    return getattr(o, 'boom', 'gone')
show(209, _s209)
def _s210():
    o = GetAttr()
    delattr(o, 'boom')
    return hasattr(o, 'boom')
show(210, _s210)
show(211, lambda: getattr(GetAttr(), 'missing'))
def _s212():
    o = GetAttr()
    setattr(o, 'missing', 5)
    return getattr(o, 'missing', 'gone')
show(212, _s212)
def _s213():
    o = GetAttr()
    delattr(o, 'missing')
    return hasattr(o, 'missing')
show(213, _s213)
show(214, lambda: getattr(GetAttr(), '__slots__'))
def _s215():
    o = GetAttr()
    setattr(o, '__slots__', 5)
    return getattr(o, '__slots__', 'gone')
show(215, _s215)
def _s216():
    o = GetAttr()
    delattr(o, '__slots__')
    return hasattr(o, '__slots__')
show(216, _s216)
show(217, lambda: getattr(GetAttr(), 'real'))
def _s218():
    o = GetAttr()
    setattr(o, 'real', 5)
    return getattr(o, 'real', 'gone')
show(218, _s218)
def _s219():
    o = GetAttr()
    delattr(o, 'real')
    return hasattr(o, 'real')
show(219, _s219)
show(220, lambda: getattr(GetAttr(), '__module__'))
def _s221():
    o = GetAttr()
    setattr(o, '__module__', 5)
    return getattr(o, '__module__', 'gone')
show(221, _s221)
def _s222():
    o = GetAttr()
    delattr(o, '__module__')
    return hasattr(o, '__module__')
show(222, _s222)
show(223, lambda: getattr(GetAttr(), '__qualname__'))
def _s224():
    o = GetAttr()
    setattr(o, '__qualname__', 5)
    return getattr(o, '__qualname__', 'gone')
show(224, _s224)
def _s225():
    o = GetAttr()
    delattr(o, '__qualname__')
    return hasattr(o, '__qualname__')
show(225, _s225)
show(226, lambda: getattr(GetAttr(), '__mro__'))
def _s227():
    o = GetAttr()
    setattr(o, '__mro__', 5)
    return getattr(o, '__mro__', 'gone')
show(227, _s227)
def _s228():
    o = GetAttr()
    delattr(o, '__mro__')
    return hasattr(o, '__mro__')
show(228, _s228)
show(229, lambda: getattr(GetAttr(), '__bases__'))
def _s230():
    o = GetAttr()
    setattr(o, '__bases__', 5)
    return getattr(o, '__bases__', 'gone')
show(230, _s230)
def _s231():
    o = GetAttr()
    delattr(o, '__bases__')
    return hasattr(o, '__bases__')
show(231, _s231)
show(232, lambda: getattr(GetAttr(), '__weakref__'))
def _s233():
    o = GetAttr()
    setattr(o, '__weakref__', 5)
    return getattr(o, '__weakref__', 'gone')
show(233, _s233)
def _s234():
    o = GetAttr()
    delattr(o, '__weakref__')
    return hasattr(o, '__weakref__')
show(234, _s234)
show(235, lambda: getattr(GetAttribute(), 'x'))
def _s236():
    o = GetAttribute()
    setattr(o, 'x', 5)
    return getattr(o, 'x', 'gone')
show(236, _s236)
def _s237():
    o = GetAttribute()
    delattr(o, 'x')
    return hasattr(o, 'x')
show(237, _s237)
show(238, lambda: getattr(GetAttribute(), 'd'))
def _s239():
    o = GetAttribute()
    setattr(o, 'd', 5)
    return getattr(o, 'd', 'gone')
show(239, _s239)
def _s240():
    o = GetAttribute()
    delattr(o, 'd')
    return hasattr(o, 'd')
show(240, _s240)
show(241, lambda: getattr(GetAttribute(), 'nd'))
def _s242():
    o = GetAttribute()
    setattr(o, 'nd', 5)
    return getattr(o, 'nd', 'gone')
show(242, _s242)
def _s243():
    o = GetAttribute()
    delattr(o, 'nd')
    return hasattr(o, 'nd')
show(243, _s243)
show(244, lambda: getattr(GetAttribute(), 'so'))
def _s245():
    o = GetAttribute()
    setattr(o, 'so', 5)
    return getattr(o, 'so', 'gone')
show(245, _s245)
def _s246():
    o = GetAttribute()
    delattr(o, 'so')
    return hasattr(o, 'so')
show(246, _s246)
show(247, lambda: getattr(GetAttribute(), 'do'))
def _s248():
    o = GetAttribute()
    setattr(o, 'do', 5)
    return getattr(o, 'do', 'gone')
show(248, _s248)
def _s249():
    o = GetAttribute()
    delattr(o, 'do')
    return hasattr(o, 'do')
show(249, _s249)
show(250, lambda: getattr(GetAttribute(), 'p'))
def _s251():
    o = GetAttribute()
    setattr(o, 'p', 5)
    return getattr(o, 'p', 'gone')
show(251, _s251)
def _s252():
    o = GetAttribute()
    delattr(o, 'p')
    return hasattr(o, 'p')
show(252, _s252)
show(253, lambda: getattr(GetAttribute(), 'pw'))
def _s254():
    o = GetAttribute()
    setattr(o, 'pw', 5)
    return getattr(o, 'pw', 'gone')
show(254, _s254)
def _s255():
    o = GetAttribute()
    delattr(o, 'pw')
    return hasattr(o, 'pw')
show(255, _s255)
show(256, lambda: getattr(GetAttribute(), 'cm'))
def _s257():
    o = GetAttribute()
    setattr(o, 'cm', 5)
    return getattr(o, 'cm', 'gone')
show(257, _s257)
def _s258():
    o = GetAttribute()
    delattr(o, 'cm')
    return hasattr(o, 'cm')
show(258, _s258)
show(259, lambda: getattr(GetAttribute(), 'sm'))
def _s260():
    o = GetAttribute()
    setattr(o, 'sm', 5)
    return getattr(o, 'sm', 'gone')
show(260, _s260)
def _s261():
    o = GetAttribute()
    delattr(o, 'sm')
    return hasattr(o, 'sm')
show(261, _s261)
show(262, lambda: getattr(GetAttribute(), 'm'))
def _s263():
    o = GetAttribute()
    setattr(o, 'm', 5)
    return getattr(o, 'm', 'gone')
show(263, _s263)
def _s264():
    o = GetAttribute()
    delattr(o, 'm')
    return hasattr(o, 'm')
show(264, _s264)
show(265, lambda: getattr(GetAttribute(), 'a'))
def _s266():
    o = GetAttribute()
    setattr(o, 'a', 5)
    return getattr(o, 'a', 'gone')
show(266, _s266)
def _s267():
    o = GetAttribute()
    delattr(o, 'a')
    return hasattr(o, 'a')
show(267, _s267)
show(268, lambda: getattr(GetAttribute(), 'b'))
def _s269():
    o = GetAttribute()
    setattr(o, 'b', 5)
    return getattr(o, 'b', 'gone')
show(269, _s269)
def _s270():
    o = GetAttribute()
    delattr(o, 'b')
    return hasattr(o, 'b')
show(270, _s270)
show(271, lambda: getattr(GetAttribute(), '__dict__'))
def _s272():
    o = GetAttribute()
    setattr(o, '__dict__', 5)
    return getattr(o, '__dict__', 'gone')
show(272, _s272)
def _s273():
    o = GetAttribute()
    delattr(o, '__dict__')
    return hasattr(o, '__dict__')
show(273, _s273)
show(274, lambda: getattr(GetAttribute(), '__class__'))
def _s275():
    o = GetAttribute()
    setattr(o, '__class__', 5)
    return getattr(o, '__class__', 'gone')
show(275, _s275)
def _s276():
    o = GetAttribute()
    delattr(o, '__class__')
    return hasattr(o, '__class__')
show(276, _s276)
show(277, lambda: getattr(GetAttribute(), '__name__'))
def _s278():
    o = GetAttribute()
    setattr(o, '__name__', 5)
    return getattr(o, '__name__', 'gone')
show(278, _s278)
def _s279():
    o = GetAttribute()
    delattr(o, '__name__')
    return hasattr(o, '__name__')
show(279, _s279)
show(280, lambda: getattr(GetAttribute(), '__doc__'))
def _s281():
    o = GetAttribute()
    setattr(o, '__doc__', 5)
    return getattr(o, '__doc__', 'gone')
show(281, _s281)
def _s282():
    o = GetAttribute()
    delattr(o, '__doc__')
    return hasattr(o, '__doc__')
show(282, _s282)
show(283, lambda: getattr(GetAttribute(), 'md'))
def _s284():
    o = GetAttribute()
    setattr(o, 'md', 5)
    return getattr(o, 'md', 'gone')
show(284, _s284)
def _s285():
    o = GetAttribute()
    delattr(o, 'md')
    return hasattr(o, 'md')
show(285, _s285)
show(286, lambda: getattr(GetAttribute(), 'mnd'))
def _s287():
    o = GetAttribute()
    setattr(o, 'mnd', 5)
    return getattr(o, 'mnd', 'gone')
show(287, _s287)
def _s288():
    o = GetAttribute()
    delattr(o, 'mnd')
    return hasattr(o, 'mnd')
show(288, _s288)
show(289, lambda: getattr(GetAttribute(), 'boom'))
def _s290():
    o = GetAttribute()
    setattr(o, 'boom', 5)
    return getattr(o, 'boom', 'gone')
show(290, _s290)
def _s291():
    o = GetAttribute()
    delattr(o, 'boom')
    return hasattr(o, 'boom')
show(291, _s291)
show(292, lambda: getattr(GetAttribute(), 'missing'))
def _s293():
    o = GetAttribute()
    setattr(o, 'missing', 5)
    return getattr(o, 'missing', 'gone')
show(293, _s293)
def _s294():
    o = GetAttribute()
    delattr(o, 'missing')
    return hasattr(o, 'missing')
show(294, _s294)
show(295, lambda: getattr(GetAttribute(), '__slots__'))
def _s296():
    o = GetAttribute()
    setattr(o, '__slots__', 5)
    return getattr(o, '__slots__', 'gone')
show(296, _s296)
def _s297():
    o = GetAttribute()
    delattr(o, '__slots__')
    return hasattr(o, '__slots__')
show(297, _s297)
show(298, lambda: getattr(GetAttribute(), 'real'))
def _s299():
    o = GetAttribute()
    setattr(o, 'real', 5)
    return getattr(o, 'real', 'gone')
show(299, _s299)
def _s300():
    o = GetAttribute()
    delattr(o, 'real')
    return hasattr(o, 'real')
show(300, _s300)
show(301, lambda: getattr(GetAttribute(), '__module__'))
def _s302():
    o = GetAttribute()
    setattr(o, '__module__', 5)
    return getattr(o, '__module__', 'gone')
show(302, _s302)
def _s303():
    o = GetAttribute()
    delattr(o, '__module__')
    return hasattr(o, '__module__')
show(303, _s303)
show(304, lambda: getattr(GetAttribute(), '__qualname__'))
def _s305():
    o = GetAttribute()
    setattr(o, '__qualname__', 5)
    return getattr(o, '__qualname__', 'gone')
show(305, _s305)
def _s306():
    o = GetAttribute()
    delattr(o, '__qualname__')
    return hasattr(o, '__qualname__')
show(306, _s306)
show(307, lambda: getattr(GetAttribute(), '__mro__'))
def _s308():
    o = GetAttribute()
    setattr(o, '__mro__', 5)
    return getattr(o, '__mro__', 'gone')
show(308, _s308)
def _s309():
    o = GetAttribute()
    delattr(o, '__mro__')
    return hasattr(o, '__mro__')
show(309, _s309)
show(310, lambda: getattr(GetAttribute(), '__bases__'))
def _s311():
    o = GetAttribute()
    setattr(o, '__bases__', 5)
    return getattr(o, '__bases__', 'gone')
show(311, _s311)
def _s312():
    o = GetAttribute()
    delattr(o, '__bases__')
    return hasattr(o, '__bases__')
show(312, _s312)
show(313, lambda: getattr(GetAttribute(), '__weakref__'))
def _s314():
    o = GetAttribute()
    setattr(o, '__weakref__', 5)
    return getattr(o, '__weakref__', 'gone')
show(314, _s314)
def _s315():
    o = GetAttribute()
    delattr(o, '__weakref__')
    return hasattr(o, '__weakref__')
show(315, _s315)
show(316, lambda: getattr(Slots(), 'x'))
def _s317():
    o = Slots()
    setattr(o, 'x', 5)
    return getattr(o, 'x', 'gone')
show(317, _s317)
def _s318():
    o = Slots()
    delattr(o, 'x')
    return hasattr(o, 'x')
show(318, _s318)
show(319, lambda: getattr(Slots(), 'd'))
def _s320():
    o = Slots()
    setattr(o, 'd', 5)
    return getattr(o, 'd', 'gone')
show(320, _s320)
def _s321():
    o = Slots()
    delattr(o, 'd')
    return hasattr(o, 'd')
show(321, _s321)
show(322, lambda: getattr(Slots(), 'nd'))
def _s323():
    o = Slots()
    setattr(o, 'nd', 5)
    return getattr(o, 'nd', 'gone')
show(323, _s323)
def _s324():
    o = Slots()
    delattr(o, 'nd')
    return hasattr(o, 'nd')
show(324, _s324)
show(325, lambda: getattr(Slots(), 'so'))
def _s326():
    o = Slots()
    setattr(o, 'so', 5)
    return getattr(o, 'so', 'gone')
show(326, _s326)
def _s327():
    o = Slots()
    delattr(o, 'so')
    return hasattr(o, 'so')
show(327, _s327)
show(328, lambda: getattr(Slots(), 'do'))
def _s329():
    o = Slots()
    setattr(o, 'do', 5)
    return getattr(o, 'do', 'gone')
show(329, _s329)
def _s330():
    o = Slots()
    delattr(o, 'do')
    return hasattr(o, 'do')
show(330, _s330)
show(331, lambda: getattr(Slots(), 'p'))
def _s332():
    o = Slots()
    setattr(o, 'p', 5)
    return getattr(o, 'p', 'gone')
show(332, _s332)
def _s333():
    o = Slots()
    delattr(o, 'p')
    return hasattr(o, 'p')
show(333, _s333)
show(334, lambda: getattr(Slots(), 'pw'))
def _s335():
    o = Slots()
    setattr(o, 'pw', 5)
    return getattr(o, 'pw', 'gone')
show(335, _s335)
def _s336():
    o = Slots()
    delattr(o, 'pw')
    return hasattr(o, 'pw')
show(336, _s336)
show(337, lambda: getattr(Slots(), 'cm'))
def _s338():
    o = Slots()
    setattr(o, 'cm', 5)
    return getattr(o, 'cm', 'gone')
show(338, _s338)
def _s339():
    o = Slots()
    delattr(o, 'cm')
    return hasattr(o, 'cm')
show(339, _s339)
show(340, lambda: getattr(Slots(), 'sm'))
def _s341():
    o = Slots()
    setattr(o, 'sm', 5)
    return getattr(o, 'sm', 'gone')
show(341, _s341)
def _s342():
    o = Slots()
    delattr(o, 'sm')
    return hasattr(o, 'sm')
show(342, _s342)
show(343, lambda: getattr(Slots(), 'm'))
def _s344():
    o = Slots()
    setattr(o, 'm', 5)
    return getattr(o, 'm', 'gone')
show(344, _s344)
def _s345():
    o = Slots()
    delattr(o, 'm')
    return hasattr(o, 'm')
show(345, _s345)
show(346, lambda: getattr(Slots(), 'a'))
def _s347():
    o = Slots()
    setattr(o, 'a', 5)
    return getattr(o, 'a', 'gone')
show(347, _s347)
def _s348():
    o = Slots()
    delattr(o, 'a')
    return hasattr(o, 'a')
show(348, _s348)
show(349, lambda: getattr(Slots(), 'b'))
def _s350():
    o = Slots()
    setattr(o, 'b', 5)
    return getattr(o, 'b', 'gone')
show(350, _s350)
def _s351():
    o = Slots()
    delattr(o, 'b')
    return hasattr(o, 'b')
show(351, _s351)
show(352, lambda: getattr(Slots(), '__dict__'))
def _s353():
    o = Slots()
    setattr(o, '__dict__', 5)
    return getattr(o, '__dict__', 'gone')
show(353, _s353)
def _s354():
    o = Slots()
    delattr(o, '__dict__')
    return hasattr(o, '__dict__')
show(354, _s354)
show(355, lambda: getattr(Slots(), '__class__'))
def _s356():
    o = Slots()
    setattr(o, '__class__', 5)
    return getattr(o, '__class__', 'gone')
show(356, _s356)
def _s357():
    o = Slots()
    delattr(o, '__class__')
    return hasattr(o, '__class__')
show(357, _s357)
show(358, lambda: getattr(Slots(), '__name__'))
def _s359():
    o = Slots()
    setattr(o, '__name__', 5)
    return getattr(o, '__name__', 'gone')
show(359, _s359)
def _s360():
    o = Slots()
    delattr(o, '__name__')
    return hasattr(o, '__name__')
show(360, _s360)
show(361, lambda: getattr(Slots(), '__doc__'))
def _s362():
    o = Slots()
    setattr(o, '__doc__', 5)
    return getattr(o, '__doc__', 'gone')
show(362, _s362)
def _s363():
    o = Slots()
    delattr(o, '__doc__')
    return hasattr(o, '__doc__')
show(363, _s363)
show(364, lambda: getattr(Slots(), 'md'))
def _s365():
    o = Slots()
    setattr(o, 'md', 5)
    return getattr(o, 'md', 'gone')
show(365, _s365)
def _s366():
    o = Slots()
    delattr(o, 'md')
    return hasattr(o, 'md')
show(366, _s366)
show(367, lambda: getattr(Slots(), 'mnd'))
def _s368():
    o = Slots()
    setattr(o, 'mnd', 5)
    return getattr(o, 'mnd', 'gone')
show(368, _s368)
def _s369():
    o = Slots()
    delattr(o, 'mnd')
    return hasattr(o, 'mnd')
show(369, _s369)
show(370, lambda: getattr(Slots(), 'boom'))
def _s371():
    o = Slots()
    setattr(o, 'boom', 5)
    return getattr(o, 'boom', 'gone')
show(371, _s371)
def _s372():
    o = Slots()
    delattr(o, 'boom')
    return hasattr(o, 'boom')
show(372, _s372)
show(373, lambda: getattr(Slots(), 'missing'))
def _s374():
    o = Slots()
    setattr(o, 'missing', 5)
    return getattr(o, 'missing', 'gone')
show(374, _s374)
def _s375():
    o = Slots()
    delattr(o, 'missing')
    return hasattr(o, 'missing')
show(375, _s375)
show(376, lambda: getattr(Slots(), '__slots__'))
def _s377():
    o = Slots()
    setattr(o, '__slots__', 5)
    return getattr(o, '__slots__', 'gone')
show(377, _s377)
def _s378():
    o = Slots()
    delattr(o, '__slots__')
    return hasattr(o, '__slots__')
show(378, _s378)
show(379, lambda: getattr(Slots(), 'real'))
def _s380():
    o = Slots()
    setattr(o, 'real', 5)
    return getattr(o, 'real', 'gone')
show(380, _s380)
def _s381():
    o = Slots()
    delattr(o, 'real')
    return hasattr(o, 'real')
show(381, _s381)
show(382, lambda: getattr(Slots(), '__module__'))
def _s383():
    o = Slots()
    setattr(o, '__module__', 5)
    return getattr(o, '__module__', 'gone')
show(383, _s383)
def _s384():
    o = Slots()
    delattr(o, '__module__')
    return hasattr(o, '__module__')
show(384, _s384)
show(385, lambda: getattr(Slots(), '__qualname__'))
def _s386():
    o = Slots()
    setattr(o, '__qualname__', 5)
    return getattr(o, '__qualname__', 'gone')
show(386, _s386)
def _s387():
    o = Slots()
    delattr(o, '__qualname__')
    return hasattr(o, '__qualname__')
show(387, _s387)
show(388, lambda: getattr(Slots(), '__mro__'))
def _s389():
    o = Slots()
    setattr(o, '__mro__', 5)
    return getattr(o, '__mro__', 'gone')
show(389, _s389)
def _s390():
    o = Slots()
    delattr(o, '__mro__')
    return hasattr(o, '__mro__')
show(390, _s390)
show(391, lambda: getattr(Slots(), '__bases__'))
def _s392():
    o = Slots()
    setattr(o, '__bases__', 5)
    return getattr(o, '__bases__', 'gone')
show(392, _s392)
def _s393():
    o = Slots()
    delattr(o, '__bases__')
    return hasattr(o, '__bases__')
show(393, _s393)
show(394, lambda: getattr(Slots(), '__weakref__'))
def _s395():
    o = Slots()
    setattr(o, '__weakref__', 5)
    return getattr(o, '__weakref__', 'gone')
show(395, _s395)
def _s396():
    o = Slots()
    delattr(o, '__weakref__')
    return hasattr(o, '__weakref__')
show(396, _s396)
show(397, lambda: getattr(SlotsDict(), 'x'))
def _s398():
    o = SlotsDict()
    setattr(o, 'x', 5)
    return getattr(o, 'x', 'gone')
show(398, _s398)
def _s399():
    o = SlotsDict()
    delattr(o, 'x')
    return hasattr(o, 'x')
show(399, _s399)
show(400, lambda: getattr(SlotsDict(), 'd'))
def _s401():
    o = SlotsDict()
    setattr(o, 'd', 5)
    return getattr(o, 'd', 'gone')
show(401, _s401)
def _s402():
    o = SlotsDict()
    delattr(o, 'd')
    return hasattr(o, 'd')
show(402, _s402)
show(403, lambda: getattr(SlotsDict(), 'nd'))
def _s404():
    o = SlotsDict()
    setattr(o, 'nd', 5)
    return getattr(o, 'nd', 'gone')
show(404, _s404)
def _s405():
    o = SlotsDict()
    delattr(o, 'nd')
    return hasattr(o, 'nd')
show(405, _s405)
show(406, lambda: getattr(SlotsDict(), 'so'))
def _s407():
    o = SlotsDict()
    setattr(o, 'so', 5)
    return getattr(o, 'so', 'gone')
show(407, _s407)
def _s408():
    o = SlotsDict()
    delattr(o, 'so')
    return hasattr(o, 'so')
show(408, _s408)
show(409, lambda: getattr(SlotsDict(), 'do'))
def _s410():
    o = SlotsDict()
    setattr(o, 'do', 5)
    return getattr(o, 'do', 'gone')
show(410, _s410)
def _s411():
    o = SlotsDict()
    delattr(o, 'do')
    return hasattr(o, 'do')
show(411, _s411)
show(412, lambda: getattr(SlotsDict(), 'p'))
def _s413():
    o = SlotsDict()
    setattr(o, 'p', 5)
    return getattr(o, 'p', 'gone')
show(413, _s413)
def _s414():
    o = SlotsDict()
    delattr(o, 'p')
    return hasattr(o, 'p')
show(414, _s414)
show(415, lambda: getattr(SlotsDict(), 'pw'))
def _s416():
    o = SlotsDict()
    setattr(o, 'pw', 5)
    return getattr(o, 'pw', 'gone')
show(416, _s416)
def _s417():
    o = SlotsDict()
    delattr(o, 'pw')
    return hasattr(o, 'pw')
show(417, _s417)
show(418, lambda: getattr(SlotsDict(), 'cm'))
def _s419():
    o = SlotsDict()
    setattr(o, 'cm', 5)
    return getattr(o, 'cm', 'gone')
show(419, _s419)
def _s420():
    o = SlotsDict()
    delattr(o, 'cm')
    return hasattr(o, 'cm')
show(420, _s420)
show(421, lambda: getattr(SlotsDict(), 'sm'))
def _s422():
    o = SlotsDict()
    setattr(o, 'sm', 5)
    return getattr(o, 'sm', 'gone')
show(422, _s422)
def _s423():
    o = SlotsDict()
    delattr(o, 'sm')
    return hasattr(o, 'sm')
show(423, _s423)
show(424, lambda: getattr(SlotsDict(), 'm'))
def _s425():
    o = SlotsDict()
    setattr(o, 'm', 5)
    return getattr(o, 'm', 'gone')
show(425, _s425)
def _s426():
    o = SlotsDict()
    delattr(o, 'm')
    return hasattr(o, 'm')
show(426, _s426)
show(427, lambda: getattr(SlotsDict(), 'a'))
def _s428():
    o = SlotsDict()
    setattr(o, 'a', 5)
    return getattr(o, 'a', 'gone')
show(428, _s428)
def _s429():
    o = SlotsDict()
    delattr(o, 'a')
    return hasattr(o, 'a')
show(429, _s429)
show(430, lambda: getattr(SlotsDict(), 'b'))
def _s431():
    o = SlotsDict()
    setattr(o, 'b', 5)
    return getattr(o, 'b', 'gone')
show(431, _s431)
def _s432():
    o = SlotsDict()
    delattr(o, 'b')
    return hasattr(o, 'b')
show(432, _s432)
show(433, lambda: getattr(SlotsDict(), '__dict__'))
def _s434():
    o = SlotsDict()
    setattr(o, '__dict__', 5)
    return getattr(o, '__dict__', 'gone')
show(434, _s434)
def _s435():
    o = SlotsDict()
    delattr(o, '__dict__')
    return hasattr(o, '__dict__')
show(435, _s435)
show(436, lambda: getattr(SlotsDict(), '__class__'))
def _s437():
    o = SlotsDict()
    setattr(o, '__class__', 5)
    return getattr(o, '__class__', 'gone')
show(437, _s437)
def _s438():
    o = SlotsDict()
    delattr(o, '__class__')
    return hasattr(o, '__class__')
show(438, _s438)
show(439, lambda: getattr(SlotsDict(), '__name__'))
def _s440():
    o = SlotsDict()
    setattr(o, '__name__', 5)
    return getattr(o, '__name__', 'gone')
show(440, _s440)
def _s441():
    o = SlotsDict()
    delattr(o, '__name__')
    return hasattr(o, '__name__')
show(441, _s441)
show(442, lambda: getattr(SlotsDict(), '__doc__'))
def _s443():
    o = SlotsDict()
    setattr(o, '__doc__', 5)
    return getattr(o, '__doc__', 'gone')
show(443, _s443)
def _s444():
    o = SlotsDict()
    delattr(o, '__doc__')
    return hasattr(o, '__doc__')
show(444, _s444)
show(445, lambda: getattr(SlotsDict(), 'md'))
def _s446():
    o = SlotsDict()
    setattr(o, 'md', 5)
    return getattr(o, 'md', 'gone')
show(446, _s446)
def _s447():
    o = SlotsDict()
    delattr(o, 'md')
    return hasattr(o, 'md')
show(447, _s447)
show(448, lambda: getattr(SlotsDict(), 'mnd'))
def _s449():
    o = SlotsDict()
    setattr(o, 'mnd', 5)
    return getattr(o, 'mnd', 'gone')
show(449, _s449)
def _s450():
    o = SlotsDict()
    delattr(o, 'mnd')
    return hasattr(o, 'mnd')
show(450, _s450)
show(451, lambda: getattr(SlotsDict(), 'boom'))
def _s452():
    o = SlotsDict()
    setattr(o, 'boom', 5)
    return getattr(o, 'boom', 'gone')
show(452, _s452)
def _s453():
    o = SlotsDict()
    delattr(o, 'boom')
    return hasattr(o, 'boom')
show(453, _s453)
show(454, lambda: getattr(SlotsDict(), 'missing'))
def _s455():
    o = SlotsDict()
    setattr(o, 'missing', 5)
    return getattr(o, 'missing', 'gone')
show(455, _s455)
def _s456():
    o = SlotsDict()
    delattr(o, 'missing')
    return hasattr(o, 'missing')
show(456, _s456)
show(457, lambda: getattr(SlotsDict(), '__slots__'))
def _s458():
    o = SlotsDict()
    setattr(o, '__slots__', 5)
    return getattr(o, '__slots__', 'gone')
show(458, _s458)
def _s459():
    o = SlotsDict()
    delattr(o, '__slots__')
    return hasattr(o, '__slots__')
show(459, _s459)
show(460, lambda: getattr(SlotsDict(), 'real'))
def _s461():
    o = SlotsDict()
    setattr(o, 'real', 5)
    return getattr(o, 'real', 'gone')
show(461, _s461)
def _s462():
    o = SlotsDict()
    delattr(o, 'real')
    return hasattr(o, 'real')
show(462, _s462)
show(463, lambda: getattr(SlotsDict(), '__module__'))
def _s464():
    o = SlotsDict()
    setattr(o, '__module__', 5)
    return getattr(o, '__module__', 'gone')
show(464, _s464)
def _s465():
    o = SlotsDict()
    delattr(o, '__module__')
    return hasattr(o, '__module__')
show(465, _s465)
show(466, lambda: getattr(SlotsDict(), '__qualname__'))
def _s467():
    o = SlotsDict()
    setattr(o, '__qualname__', 5)
    return getattr(o, '__qualname__', 'gone')
show(467, _s467)
def _s468():
    o = SlotsDict()
    delattr(o, '__qualname__')
    return hasattr(o, '__qualname__')
show(468, _s468)
show(469, lambda: getattr(SlotsDict(), '__mro__'))
def _s470():
    o = SlotsDict()
    setattr(o, '__mro__', 5)
    return getattr(o, '__mro__', 'gone')
show(470, _s470)
def _s471():
    o = SlotsDict()
    delattr(o, '__mro__')
    return hasattr(o, '__mro__')
show(471, _s471)
show(472, lambda: getattr(SlotsDict(), '__bases__'))
def _s473():
    o = SlotsDict()
    setattr(o, '__bases__', 5)
    return getattr(o, '__bases__', 'gone')
show(473, _s473)
def _s474():
    o = SlotsDict()
    delattr(o, '__bases__')
    return hasattr(o, '__bases__')
show(474, _s474)
show(475, lambda: getattr(SlotsDict(), '__weakref__'))
def _s476():
    o = SlotsDict()
    setattr(o, '__weakref__', 5)
    return getattr(o, '__weakref__', 'gone')
show(476, _s476)
def _s477():
    o = SlotsDict()
    delattr(o, '__weakref__')
    return hasattr(o, '__weakref__')
show(477, _s477)
show(478, lambda: getattr(WithMeta, 'x'))
def _s479():
    o = WithMeta
    setattr(o, 'x', 5)
    return getattr(o, 'x', 'gone')
show(479, _s479)
def _s480():
    o = WithMeta
    delattr(o, 'x')
    return hasattr(o, 'x')
show(480, _s480)
show(481, lambda: getattr(WithMeta, 'd'))
def _s482():
    o = WithMeta
    setattr(o, 'd', 5)
    return getattr(o, 'd', 'gone')
show(482, _s482)
def _s483():
    o = WithMeta
    delattr(o, 'd')
    return hasattr(o, 'd')
show(483, _s483)
show(484, lambda: getattr(WithMeta, 'nd'))
def _s485():
    o = WithMeta
    setattr(o, 'nd', 5)
    return getattr(o, 'nd', 'gone')
show(485, _s485)
def _s486():
    o = WithMeta
    delattr(o, 'nd')
    return hasattr(o, 'nd')
show(486, _s486)
show(487, lambda: getattr(WithMeta, 'so'))
def _s488():
    o = WithMeta
    setattr(o, 'so', 5)
    return getattr(o, 'so', 'gone')
show(488, _s488)
def _s489():
    o = WithMeta
    delattr(o, 'so')
    return hasattr(o, 'so')
show(489, _s489)
show(490, lambda: getattr(WithMeta, 'do'))
def _s491():
    o = WithMeta
    setattr(o, 'do', 5)
    return getattr(o, 'do', 'gone')
show(491, _s491)
def _s492():
    o = WithMeta
    delattr(o, 'do')
    return hasattr(o, 'do')
show(492, _s492)
show(493, lambda: getattr(WithMeta, 'p'))
def _s494():
    o = WithMeta
    setattr(o, 'p', 5)
    return getattr(o, 'p', 'gone')
show(494, _s494)
def _s495():
    o = WithMeta
    delattr(o, 'p')
    return hasattr(o, 'p')
show(495, _s495)
show(496, lambda: getattr(WithMeta, 'pw'))
def _s497():
    o = WithMeta
    setattr(o, 'pw', 5)
    return getattr(o, 'pw', 'gone')
show(497, _s497)
def _s498():
    o = WithMeta
    delattr(o, 'pw')
    return hasattr(o, 'pw')
show(498, _s498)
show(499, lambda: getattr(WithMeta, 'cm'))
def _s500():
    o = WithMeta
    setattr(o, 'cm', 5)
    return getattr(o, 'cm', 'gone')
show(500, _s500)
def _s501():
    o = WithMeta
    delattr(o, 'cm')
    return hasattr(o, 'cm')
show(501, _s501)
show(502, lambda: getattr(WithMeta, 'sm'))
def _s503():
    o = WithMeta
    setattr(o, 'sm', 5)
    return getattr(o, 'sm', 'gone')
show(503, _s503)
def _s504():
    o = WithMeta
    delattr(o, 'sm')
    return hasattr(o, 'sm')
show(504, _s504)
show(505, lambda: getattr(WithMeta, 'm'))
def _s506():
    o = WithMeta
    setattr(o, 'm', 5)
    return getattr(o, 'm', 'gone')
show(506, _s506)
def _s507():
    o = WithMeta
    delattr(o, 'm')
    return hasattr(o, 'm')
show(507, _s507)
show(508, lambda: getattr(WithMeta, 'a'))
def _s509():
    o = WithMeta
    setattr(o, 'a', 5)
    return getattr(o, 'a', 'gone')
show(509, _s509)
def _s510():
    o = WithMeta
    delattr(o, 'a')
    return hasattr(o, 'a')
show(510, _s510)
show(511, lambda: getattr(WithMeta, 'b'))
def _s512():
    o = WithMeta
    setattr(o, 'b', 5)
    return getattr(o, 'b', 'gone')
show(512, _s512)
def _s513():
    o = WithMeta
    delattr(o, 'b')
    return hasattr(o, 'b')
show(513, _s513)
def _s514():
    o = WithMeta
    setattr(o, '__dict__', 5)
    return getattr(o, '__dict__', 'gone')
show(514, _s514)
def _s515():
    o = WithMeta
    delattr(o, '__dict__')
    return hasattr(o, '__dict__')
show(515, _s515)
show(516, lambda: getattr(WithMeta, '__class__'))
def _s517():
    o = WithMeta
    setattr(o, '__class__', 5)
    return getattr(o, '__class__', 'gone')
show(517, _s517)
def _s518():
    o = WithMeta
    delattr(o, '__class__')
    return hasattr(o, '__class__')
show(518, _s518)
show(519, lambda: getattr(WithMeta, '__name__'))
def _s520():
    o = WithMeta
    setattr(o, '__name__', 5)
    return getattr(o, '__name__', 'gone')
show(520, _s520)
def _s521():
    o = WithMeta
    delattr(o, '__name__')
    return hasattr(o, '__name__')
show(521, _s521)
show(522, lambda: getattr(WithMeta, '__doc__'))
def _s523():
    o = WithMeta
    setattr(o, '__doc__', 5)
    return getattr(o, '__doc__', 'gone')
show(523, _s523)
def _s524():
    o = WithMeta
    delattr(o, '__doc__')
    return hasattr(o, '__doc__')
show(524, _s524)
show(525, lambda: getattr(WithMeta, 'md'))
def _s526():
    o = WithMeta
    setattr(o, 'md', 5)
    return getattr(o, 'md', 'gone')
show(526, _s526)
def _s527():
    o = WithMeta
    delattr(o, 'md')
    return hasattr(o, 'md')
show(527, _s527)
show(528, lambda: getattr(WithMeta, 'mnd'))
def _s529():
    o = WithMeta
    setattr(o, 'mnd', 5)
    return getattr(o, 'mnd', 'gone')
show(529, _s529)
def _s530():
    o = WithMeta
    delattr(o, 'mnd')
    return hasattr(o, 'mnd')
show(530, _s530)
show(531, lambda: getattr(WithMeta, 'boom'))
def _s532():
    o = WithMeta
    setattr(o, 'boom', 5)
    return getattr(o, 'boom', 'gone')
show(532, _s532)
def _s533():
    o = WithMeta
    delattr(o, 'boom')
    return hasattr(o, 'boom')
show(533, _s533)
show(534, lambda: getattr(WithMeta, 'missing'))
def _s535():
    o = WithMeta
    setattr(o, 'missing', 5)
    return getattr(o, 'missing', 'gone')
show(535, _s535)
def _s536():
    o = WithMeta
    delattr(o, 'missing')
    return hasattr(o, 'missing')
show(536, _s536)
show(537, lambda: getattr(WithMeta, '__slots__'))
def _s538():
    o = WithMeta
    setattr(o, '__slots__', 5)
    return getattr(o, '__slots__', 'gone')
show(538, _s538)
def _s539():
    o = WithMeta
    delattr(o, '__slots__')
    return hasattr(o, '__slots__')
show(539, _s539)
show(540, lambda: getattr(WithMeta, 'real'))
def _s541():
    o = WithMeta
    setattr(o, 'real', 5)
    return getattr(o, 'real', 'gone')
show(541, _s541)
def _s542():
    o = WithMeta
    delattr(o, 'real')
    return hasattr(o, 'real')
show(542, _s542)
show(543, lambda: getattr(WithMeta, '__module__'))
def _s544():
    o = WithMeta
    setattr(o, '__module__', 5)
    return getattr(o, '__module__', 'gone')
show(544, _s544)
def _s545():
    o = WithMeta
    delattr(o, '__module__')
    return hasattr(o, '__module__')
show(545, _s545)
show(546, lambda: getattr(WithMeta, '__qualname__'))
def _s547():
    o = WithMeta
    setattr(o, '__qualname__', 5)
    return getattr(o, '__qualname__', 'gone')
show(547, _s547)
def _s548():
    o = WithMeta
    delattr(o, '__qualname__')
    return hasattr(o, '__qualname__')
show(548, _s548)
show(549, lambda: getattr(WithMeta, '__mro__'))
def _s550():
    o = WithMeta
    setattr(o, '__mro__', 5)
    return getattr(o, '__mro__', 'gone')
show(550, _s550)
def _s551():
    o = WithMeta
    delattr(o, '__mro__')
    return hasattr(o, '__mro__')
show(551, _s551)
show(552, lambda: getattr(WithMeta, '__bases__'))
def _s553():
    o = WithMeta
    setattr(o, '__bases__', 5)
    return getattr(o, '__bases__', 'gone')
show(553, _s553)
def _s554():
    o = WithMeta
    delattr(o, '__bases__')
    return hasattr(o, '__bases__')
show(554, _s554)
show(555, lambda: getattr(WithMeta, '__weakref__'))
def _s556():
    o = WithMeta
    setattr(o, '__weakref__', 5)
    return getattr(o, '__weakref__', 'gone')
show(556, _s556)
def _s557():
    o = WithMeta
    delattr(o, '__weakref__')
    return hasattr(o, '__weakref__')
show(557, _s557)
show(558, lambda: getattr(WithMeta(), 'x'))
def _s559():
    o = WithMeta()
    setattr(o, 'x', 5)
    return getattr(o, 'x', 'gone')
show(559, _s559)
def _s560():
    o = WithMeta()
    delattr(o, 'x')
    return hasattr(o, 'x')
show(560, _s560)
show(561, lambda: getattr(WithMeta(), 'd'))
def _s562():
    o = WithMeta()
    setattr(o, 'd', 5)
    return getattr(o, 'd', 'gone')
show(562, _s562)
def _s563():
    o = WithMeta()
    delattr(o, 'd')
    return hasattr(o, 'd')
show(563, _s563)
show(564, lambda: getattr(WithMeta(), 'nd'))
def _s565():
    o = WithMeta()
    setattr(o, 'nd', 5)
    return getattr(o, 'nd', 'gone')
show(565, _s565)
def _s566():
    o = WithMeta()
    delattr(o, 'nd')
    return hasattr(o, 'nd')
show(566, _s566)
show(567, lambda: getattr(WithMeta(), 'so'))
def _s568():
    o = WithMeta()
    setattr(o, 'so', 5)
    return getattr(o, 'so', 'gone')
show(568, _s568)
def _s569():
    o = WithMeta()
    delattr(o, 'so')
    return hasattr(o, 'so')
show(569, _s569)
show(570, lambda: getattr(WithMeta(), 'do'))
def _s571():
    o = WithMeta()
    setattr(o, 'do', 5)
    return getattr(o, 'do', 'gone')
show(571, _s571)
def _s572():
    o = WithMeta()
    delattr(o, 'do')
    return hasattr(o, 'do')
show(572, _s572)
show(573, lambda: getattr(WithMeta(), 'p'))
def _s574():
    o = WithMeta()
    setattr(o, 'p', 5)
    return getattr(o, 'p', 'gone')
show(574, _s574)
def _s575():
    o = WithMeta()
    delattr(o, 'p')
    return hasattr(o, 'p')
show(575, _s575)
show(576, lambda: getattr(WithMeta(), 'pw'))
def _s577():
    o = WithMeta()
    setattr(o, 'pw', 5)
    return getattr(o, 'pw', 'gone')
show(577, _s577)
def _s578():
    o = WithMeta()
    delattr(o, 'pw')
    return hasattr(o, 'pw')
show(578, _s578)
show(579, lambda: getattr(WithMeta(), 'cm'))
def _s580():
    o = WithMeta()
    setattr(o, 'cm', 5)
    return getattr(o, 'cm', 'gone')
show(580, _s580)
def _s581():
    o = WithMeta()
    delattr(o, 'cm')
    return hasattr(o, 'cm')
show(581, _s581)
show(582, lambda: getattr(WithMeta(), 'sm'))
def _s583():
    o = WithMeta()
    setattr(o, 'sm', 5)
    return getattr(o, 'sm', 'gone')
show(583, _s583)
def _s584():
    o = WithMeta()
    delattr(o, 'sm')
    return hasattr(o, 'sm')
show(584, _s584)
show(585, lambda: getattr(WithMeta(), 'm'))
def _s586():
    o = WithMeta()
    setattr(o, 'm', 5)
    return getattr(o, 'm', 'gone')
show(586, _s586)
def _s587():
    o = WithMeta()
    delattr(o, 'm')
    return hasattr(o, 'm')
show(587, _s587)
show(588, lambda: getattr(WithMeta(), 'a'))
def _s589():
    o = WithMeta()
    setattr(o, 'a', 5)
    return getattr(o, 'a', 'gone')
show(589, _s589)
def _s590():
    o = WithMeta()
    delattr(o, 'a')
    return hasattr(o, 'a')
show(590, _s590)
show(591, lambda: getattr(WithMeta(), 'b'))
def _s592():
    o = WithMeta()
    setattr(o, 'b', 5)
    return getattr(o, 'b', 'gone')
show(592, _s592)
def _s593():
    o = WithMeta()
    delattr(o, 'b')
    return hasattr(o, 'b')
show(593, _s593)
show(594, lambda: getattr(WithMeta(), '__dict__'))
def _s595():
    o = WithMeta()
    setattr(o, '__dict__', 5)
    return getattr(o, '__dict__', 'gone')
show(595, _s595)
def _s596():
    o = WithMeta()
    delattr(o, '__dict__')
    return hasattr(o, '__dict__')
show(596, _s596)
show(597, lambda: getattr(WithMeta(), '__class__'))
def _s598():
    o = WithMeta()
    setattr(o, '__class__', 5)
    return getattr(o, '__class__', 'gone')
show(598, _s598)
def _s599():
    o = WithMeta()
    delattr(o, '__class__')
    return hasattr(o, '__class__')
show(599, _s599)
show(600, lambda: getattr(WithMeta(), '__name__'))
def _s601():
    o = WithMeta()
    setattr(o, '__name__', 5)
    return getattr(o, '__name__', 'gone')
show(601, _s601)
def _s602():
    o = WithMeta()
    delattr(o, '__name__')
    return hasattr(o, '__name__')
show(602, _s602)
show(603, lambda: getattr(WithMeta(), '__doc__'))
def _s604():
    o = WithMeta()
    setattr(o, '__doc__', 5)
    return getattr(o, '__doc__', 'gone')
show(604, _s604)
def _s605():
    o = WithMeta()
    delattr(o, '__doc__')
    return hasattr(o, '__doc__')
show(605, _s605)
show(606, lambda: getattr(WithMeta(), 'md'))
def _s607():
    o = WithMeta()
    setattr(o, 'md', 5)
    return getattr(o, 'md', 'gone')
show(607, _s607)
def _s608():
    o = WithMeta()
    delattr(o, 'md')
    return hasattr(o, 'md')
show(608, _s608)
show(609, lambda: getattr(WithMeta(), 'mnd'))
def _s610():
    o = WithMeta()
    setattr(o, 'mnd', 5)
    return getattr(o, 'mnd', 'gone')
show(610, _s610)
def _s611():
    o = WithMeta()
    delattr(o, 'mnd')
    return hasattr(o, 'mnd')
show(611, _s611)
show(612, lambda: getattr(WithMeta(), 'boom'))
def _s613():
    o = WithMeta()
    setattr(o, 'boom', 5)
    return getattr(o, 'boom', 'gone')
show(613, _s613)
def _s614():
    o = WithMeta()
    delattr(o, 'boom')
    return hasattr(o, 'boom')
show(614, _s614)
show(615, lambda: getattr(WithMeta(), 'missing'))
def _s616():
    o = WithMeta()
    setattr(o, 'missing', 5)
    return getattr(o, 'missing', 'gone')
show(616, _s616)
def _s617():
    o = WithMeta()
    delattr(o, 'missing')
    return hasattr(o, 'missing')
show(617, _s617)
show(618, lambda: getattr(WithMeta(), '__slots__'))
def _s619():
    o = WithMeta()
    setattr(o, '__slots__', 5)
    return getattr(o, '__slots__', 'gone')
show(619, _s619)
def _s620():
    o = WithMeta()
    delattr(o, '__slots__')
    return hasattr(o, '__slots__')
show(620, _s620)
show(621, lambda: getattr(WithMeta(), 'real'))
def _s622():
    o = WithMeta()
    setattr(o, 'real', 5)
    return getattr(o, 'real', 'gone')
show(622, _s622)
def _s623():
    o = WithMeta()
    delattr(o, 'real')
    return hasattr(o, 'real')
show(623, _s623)
show(624, lambda: getattr(WithMeta(), '__module__'))
def _s625():
    o = WithMeta()
    setattr(o, '__module__', 5)
    return getattr(o, '__module__', 'gone')
show(625, _s625)
def _s626():
    o = WithMeta()
    delattr(o, '__module__')
    return hasattr(o, '__module__')
show(626, _s626)
show(627, lambda: getattr(WithMeta(), '__qualname__'))
def _s628():
    o = WithMeta()
    setattr(o, '__qualname__', 5)
    return getattr(o, '__qualname__', 'gone')
show(628, _s628)
def _s629():
    o = WithMeta()
    delattr(o, '__qualname__')
    return hasattr(o, '__qualname__')
show(629, _s629)
show(630, lambda: getattr(WithMeta(), '__mro__'))
def _s631():
    o = WithMeta()
    setattr(o, '__mro__', 5)
    return getattr(o, '__mro__', 'gone')
show(631, _s631)
def _s632():
    o = WithMeta()
    delattr(o, '__mro__')
    return hasattr(o, '__mro__')
show(632, _s632)
show(633, lambda: getattr(WithMeta(), '__bases__'))
def _s634():
    o = WithMeta()
    setattr(o, '__bases__', 5)
    return getattr(o, '__bases__', 'gone')
show(634, _s634)
def _s635():
    o = WithMeta()
    delattr(o, '__bases__')
    return hasattr(o, '__bases__')
show(635, _s635)
show(636, lambda: getattr(WithMeta(), '__weakref__'))
def _s637():
    o = WithMeta()
    setattr(o, '__weakref__', 5)
    return getattr(o, '__weakref__', 'gone')
show(637, _s637)
def _s638():
    o = WithMeta()
    delattr(o, '__weakref__')
    return hasattr(o, '__weakref__')
show(638, _s638)
show(639, lambda: getattr(Meta, 'x'))
def _s640():
    o = Meta
    setattr(o, 'x', 5)
    return getattr(o, 'x', 'gone')
show(640, _s640)
def _s641():
    o = Meta
    delattr(o, 'x')
    return hasattr(o, 'x')
show(641, _s641)
show(642, lambda: getattr(Meta, 'd'))
def _s643():
    o = Meta
    setattr(o, 'd', 5)
    return getattr(o, 'd', 'gone')
show(643, _s643)
def _s644():
    o = Meta
    delattr(o, 'd')
    return hasattr(o, 'd')
show(644, _s644)
show(645, lambda: getattr(Meta, 'nd'))
def _s646():
    o = Meta
    setattr(o, 'nd', 5)
    return getattr(o, 'nd', 'gone')
show(646, _s646)
def _s647():
    o = Meta
    delattr(o, 'nd')
    return hasattr(o, 'nd')
show(647, _s647)
show(648, lambda: getattr(Meta, 'so'))
def _s649():
    o = Meta
    setattr(o, 'so', 5)
    return getattr(o, 'so', 'gone')
show(649, _s649)
def _s650():
    o = Meta
    delattr(o, 'so')
    return hasattr(o, 'so')
show(650, _s650)
show(651, lambda: getattr(Meta, 'do'))
def _s652():
    o = Meta
    setattr(o, 'do', 5)
    return getattr(o, 'do', 'gone')
show(652, _s652)
def _s653():
    o = Meta
    delattr(o, 'do')
    return hasattr(o, 'do')
show(653, _s653)
show(654, lambda: getattr(Meta, 'p'))
def _s655():
    o = Meta
    setattr(o, 'p', 5)
    return getattr(o, 'p', 'gone')
show(655, _s655)
def _s656():
    o = Meta
    delattr(o, 'p')
    return hasattr(o, 'p')
show(656, _s656)
show(657, lambda: getattr(Meta, 'pw'))
def _s658():
    o = Meta
    setattr(o, 'pw', 5)
    return getattr(o, 'pw', 'gone')
show(658, _s658)
def _s659():
    o = Meta
    delattr(o, 'pw')
    return hasattr(o, 'pw')
show(659, _s659)
show(660, lambda: getattr(Meta, 'cm'))
def _s661():
    o = Meta
    setattr(o, 'cm', 5)
    return getattr(o, 'cm', 'gone')
show(661, _s661)
def _s662():
    o = Meta
    delattr(o, 'cm')
    return hasattr(o, 'cm')
show(662, _s662)
show(663, lambda: getattr(Meta, 'sm'))
def _s664():
    o = Meta
    setattr(o, 'sm', 5)
    return getattr(o, 'sm', 'gone')
show(664, _s664)
def _s665():
    o = Meta
    delattr(o, 'sm')
    return hasattr(o, 'sm')
show(665, _s665)
show(666, lambda: getattr(Meta, 'm'))
def _s667():
    o = Meta
    setattr(o, 'm', 5)
    return getattr(o, 'm', 'gone')
show(667, _s667)
def _s668():
    o = Meta
    delattr(o, 'm')
    return hasattr(o, 'm')
show(668, _s668)
show(669, lambda: getattr(Meta, 'a'))
def _s670():
    o = Meta
    setattr(o, 'a', 5)
    return getattr(o, 'a', 'gone')
show(670, _s670)
def _s671():
    o = Meta
    delattr(o, 'a')
    return hasattr(o, 'a')
show(671, _s671)
show(672, lambda: getattr(Meta, 'b'))
def _s673():
    o = Meta
    setattr(o, 'b', 5)
    return getattr(o, 'b', 'gone')
show(673, _s673)
def _s674():
    o = Meta
    delattr(o, 'b')
    return hasattr(o, 'b')
show(674, _s674)
def _s675():
    o = Meta
    setattr(o, '__dict__', 5)
    return getattr(o, '__dict__', 'gone')
show(675, _s675)
def _s676():
    o = Meta
    delattr(o, '__dict__')
    return hasattr(o, '__dict__')
show(676, _s676)
show(677, lambda: getattr(Meta, '__class__'))
def _s678():
    o = Meta
    setattr(o, '__class__', 5)
    return getattr(o, '__class__', 'gone')
show(678, _s678)
def _s679():
    o = Meta
    delattr(o, '__class__')
    return hasattr(o, '__class__')
show(679, _s679)
show(680, lambda: getattr(Meta, '__name__'))
def _s681():
    o = Meta
    setattr(o, '__name__', 5)
    return getattr(o, '__name__', 'gone')
show(681, _s681)
def _s682():
    o = Meta
    delattr(o, '__name__')
    return hasattr(o, '__name__')
show(682, _s682)
show(683, lambda: getattr(Meta, '__doc__'))
def _s684():
    o = Meta
    setattr(o, '__doc__', 5)
    return getattr(o, '__doc__', 'gone')
show(684, _s684)
def _s685():
    o = Meta
    delattr(o, '__doc__')
    return hasattr(o, '__doc__')
show(685, _s685)
show(686, lambda: getattr(Meta, 'md'))
def _s687():
    o = Meta
    setattr(o, 'md', 5)
    return getattr(o, 'md', 'gone')
show(687, _s687)
def _s688():
    o = Meta
    delattr(o, 'md')
    return hasattr(o, 'md')
show(688, _s688)
show(689, lambda: getattr(Meta, 'mnd'))
def _s690():
    o = Meta
    setattr(o, 'mnd', 5)
    return getattr(o, 'mnd', 'gone')
show(690, _s690)
def _s691():
    o = Meta
    delattr(o, 'mnd')
    return hasattr(o, 'mnd')
show(691, _s691)
show(692, lambda: getattr(Meta, 'boom'))
def _s693():
    o = Meta
    setattr(o, 'boom', 5)
    return getattr(o, 'boom', 'gone')
show(693, _s693)
def _s694():
    o = Meta
    delattr(o, 'boom')
    return hasattr(o, 'boom')
show(694, _s694)
show(695, lambda: getattr(Meta, 'missing'))
def _s696():
    o = Meta
    setattr(o, 'missing', 5)
    return getattr(o, 'missing', 'gone')
show(696, _s696)
def _s697():
    o = Meta
    delattr(o, 'missing')
    return hasattr(o, 'missing')
show(697, _s697)
show(698, lambda: getattr(Meta, '__slots__'))
def _s699():
    o = Meta
    setattr(o, '__slots__', 5)
    return getattr(o, '__slots__', 'gone')
show(699, _s699)
def _s700():
    o = Meta
    delattr(o, '__slots__')
    return hasattr(o, '__slots__')
show(700, _s700)
show(701, lambda: getattr(Meta, 'real'))
def _s702():
    o = Meta
    setattr(o, 'real', 5)
    return getattr(o, 'real', 'gone')
show(702, _s702)
def _s703():
    o = Meta
    delattr(o, 'real')
    return hasattr(o, 'real')
show(703, _s703)
show(704, lambda: getattr(Meta, '__module__'))
def _s705():
    o = Meta
    setattr(o, '__module__', 5)
    return getattr(o, '__module__', 'gone')
show(705, _s705)
def _s706():
    o = Meta
    delattr(o, '__module__')
    return hasattr(o, '__module__')
show(706, _s706)
show(707, lambda: getattr(Meta, '__qualname__'))
def _s708():
    o = Meta
    setattr(o, '__qualname__', 5)
    return getattr(o, '__qualname__', 'gone')
show(708, _s708)
def _s709():
    o = Meta
    delattr(o, '__qualname__')
    return hasattr(o, '__qualname__')
show(709, _s709)
show(710, lambda: getattr(Meta, '__mro__'))
def _s711():
    o = Meta
    setattr(o, '__mro__', 5)
    return getattr(o, '__mro__', 'gone')
show(711, _s711)
def _s712():
    o = Meta
    delattr(o, '__mro__')
    return hasattr(o, '__mro__')
show(712, _s712)
show(713, lambda: getattr(Meta, '__bases__'))
def _s714():
    o = Meta
    setattr(o, '__bases__', 5)
    return getattr(o, '__bases__', 'gone')
show(714, _s714)
def _s715():
    o = Meta
    delattr(o, '__bases__')
    return hasattr(o, '__bases__')
show(715, _s715)
show(716, lambda: getattr(Meta, '__weakref__'))
def _s717():
    o = Meta
    setattr(o, '__weakref__', 5)
    return getattr(o, '__weakref__', 'gone')
show(717, _s717)
def _s718():
    o = Meta
    delattr(o, '__weakref__')
    return hasattr(o, '__weakref__')
show(718, _s718)
show(719, lambda: getattr(object(), 'x'))
def _s720():
    o = object()
    setattr(o, 'x', 5)
    return getattr(o, 'x', 'gone')
show(720, _s720)
def _s721():
    o = object()
    delattr(o, 'x')
    return hasattr(o, 'x')
show(721, _s721)
show(722, lambda: getattr(object(), 'd'))
def _s723():
    o = object()
    setattr(o, 'd', 5)
    return getattr(o, 'd', 'gone')
show(723, _s723)
def _s724():
    o = object()
    delattr(o, 'd')
    return hasattr(o, 'd')
show(724, _s724)
show(725, lambda: getattr(object(), 'nd'))
def _s726():
    o = object()
    setattr(o, 'nd', 5)
    return getattr(o, 'nd', 'gone')
show(726, _s726)
def _s727():
    o = object()
    delattr(o, 'nd')
    return hasattr(o, 'nd')
show(727, _s727)
show(728, lambda: getattr(object(), 'so'))
def _s729():
    o = object()
    setattr(o, 'so', 5)
    return getattr(o, 'so', 'gone')
show(729, _s729)
def _s730():
    o = object()
    delattr(o, 'so')
    return hasattr(o, 'so')
show(730, _s730)
show(731, lambda: getattr(object(), 'do'))
def _s732():
    o = object()
    setattr(o, 'do', 5)
    return getattr(o, 'do', 'gone')
show(732, _s732)
def _s733():
    o = object()
    delattr(o, 'do')
    return hasattr(o, 'do')
show(733, _s733)
show(734, lambda: getattr(object(), 'p'))
def _s735():
    o = object()
    setattr(o, 'p', 5)
    return getattr(o, 'p', 'gone')
show(735, _s735)
def _s736():
    o = object()
    delattr(o, 'p')
    return hasattr(o, 'p')
show(736, _s736)
show(737, lambda: getattr(object(), 'pw'))
def _s738():
    o = object()
    setattr(o, 'pw', 5)
    return getattr(o, 'pw', 'gone')
show(738, _s738)
def _s739():
    o = object()
    delattr(o, 'pw')
    return hasattr(o, 'pw')
show(739, _s739)
show(740, lambda: getattr(object(), 'cm'))
def _s741():
    o = object()
    setattr(o, 'cm', 5)
    return getattr(o, 'cm', 'gone')
show(741, _s741)
def _s742():
    o = object()
    delattr(o, 'cm')
    return hasattr(o, 'cm')
show(742, _s742)
show(743, lambda: getattr(object(), 'sm'))
def _s744():
    o = object()
    setattr(o, 'sm', 5)
    return getattr(o, 'sm', 'gone')
show(744, _s744)
def _s745():
    o = object()
    delattr(o, 'sm')
    return hasattr(o, 'sm')
show(745, _s745)
show(746, lambda: getattr(object(), 'm'))
def _s747():
    o = object()
    setattr(o, 'm', 5)
    return getattr(o, 'm', 'gone')
show(747, _s747)
def _s748():
    o = object()
    delattr(o, 'm')
    return hasattr(o, 'm')
show(748, _s748)
show(749, lambda: getattr(object(), 'a'))
def _s750():
    o = object()
    setattr(o, 'a', 5)
    return getattr(o, 'a', 'gone')
show(750, _s750)
def _s751():
    o = object()
    delattr(o, 'a')
    return hasattr(o, 'a')
show(751, _s751)
show(752, lambda: getattr(object(), 'b'))
def _s753():
    o = object()
    setattr(o, 'b', 5)
    return getattr(o, 'b', 'gone')
show(753, _s753)
def _s754():
    o = object()
    delattr(o, 'b')
    return hasattr(o, 'b')
show(754, _s754)
show(755, lambda: getattr(object(), '__dict__'))
def _s756():
    o = object()
    setattr(o, '__dict__', 5)
    return getattr(o, '__dict__', 'gone')
show(756, _s756)
def _s757():
    o = object()
    delattr(o, '__dict__')
    return hasattr(o, '__dict__')
show(757, _s757)
show(758, lambda: getattr(object(), '__class__'))
def _s759():
    o = object()
    setattr(o, '__class__', 5)
    return getattr(o, '__class__', 'gone')
show(759, _s759)
def _s760():
    o = object()
    delattr(o, '__class__')
    return hasattr(o, '__class__')
show(760, _s760)
show(761, lambda: getattr(object(), '__name__'))
def _s762():
    o = object()
    setattr(o, '__name__', 5)
    return getattr(o, '__name__', 'gone')
show(762, _s762)
def _s763():
    o = object()
    delattr(o, '__name__')
    return hasattr(o, '__name__')
show(763, _s763)
show(764, lambda: getattr(object(), '__doc__'))
def _s765():
    o = object()
    setattr(o, '__doc__', 5)
    return getattr(o, '__doc__', 'gone')
show(765, _s765)
def _s766():
    o = object()
    delattr(o, '__doc__')
    return hasattr(o, '__doc__')
show(766, _s766)
show(767, lambda: getattr(object(), 'md'))
def _s768():
    o = object()
    setattr(o, 'md', 5)
    return getattr(o, 'md', 'gone')
show(768, _s768)
def _s769():
    o = object()
    delattr(o, 'md')
    return hasattr(o, 'md')
show(769, _s769)
show(770, lambda: getattr(object(), 'mnd'))
def _s771():
    o = object()
    setattr(o, 'mnd', 5)
    return getattr(o, 'mnd', 'gone')
show(771, _s771)
def _s772():
    o = object()
    delattr(o, 'mnd')
    return hasattr(o, 'mnd')
show(772, _s772)
show(773, lambda: getattr(object(), 'boom'))
def _s774():
    o = object()
    setattr(o, 'boom', 5)
    return getattr(o, 'boom', 'gone')
show(774, _s774)
def _s775():
    o = object()
    delattr(o, 'boom')
    return hasattr(o, 'boom')
show(775, _s775)
show(776, lambda: getattr(object(), 'missing'))
def _s777():
    o = object()
    setattr(o, 'missing', 5)
    return getattr(o, 'missing', 'gone')
show(777, _s777)
def _s778():
    o = object()
    delattr(o, 'missing')
    return hasattr(o, 'missing')
show(778, _s778)
show(779, lambda: getattr(object(), '__slots__'))
def _s780():
    o = object()
    setattr(o, '__slots__', 5)
    return getattr(o, '__slots__', 'gone')
show(780, _s780)
def _s781():
    o = object()
    delattr(o, '__slots__')
    return hasattr(o, '__slots__')
show(781, _s781)
show(782, lambda: getattr(object(), 'real'))
def _s783():
    o = object()
    setattr(o, 'real', 5)
    return getattr(o, 'real', 'gone')
show(783, _s783)
def _s784():
    o = object()
    delattr(o, 'real')
    return hasattr(o, 'real')
show(784, _s784)
show(785, lambda: getattr(object(), '__module__'))
def _s786():
    o = object()
    setattr(o, '__module__', 5)
    return getattr(o, '__module__', 'gone')
show(786, _s786)
def _s787():
    o = object()
    delattr(o, '__module__')
    return hasattr(o, '__module__')
show(787, _s787)
show(788, lambda: getattr(object(), '__qualname__'))
def _s789():
    o = object()
    setattr(o, '__qualname__', 5)
    return getattr(o, '__qualname__', 'gone')
show(789, _s789)
def _s790():
    o = object()
    delattr(o, '__qualname__')
    return hasattr(o, '__qualname__')
show(790, _s790)
show(791, lambda: getattr(object(), '__mro__'))
def _s792():
    o = object()
    setattr(o, '__mro__', 5)
    return getattr(o, '__mro__', 'gone')
show(792, _s792)
def _s793():
    o = object()
    delattr(o, '__mro__')
    return hasattr(o, '__mro__')
show(793, _s793)
show(794, lambda: getattr(object(), '__bases__'))
def _s795():
    o = object()
    setattr(o, '__bases__', 5)
    return getattr(o, '__bases__', 'gone')
show(795, _s795)
def _s796():
    o = object()
    delattr(o, '__bases__')
    return hasattr(o, '__bases__')
show(796, _s796)
show(797, lambda: getattr(object(), '__weakref__'))
def _s798():
    o = object()
    setattr(o, '__weakref__', 5)
    return getattr(o, '__weakref__', 'gone')
show(798, _s798)
def _s799():
    o = object()
    delattr(o, '__weakref__')
    return hasattr(o, '__weakref__')
show(799, _s799)
show(800, lambda: getattr(1, 'x'))
def _s801():
    o = 1
    setattr(o, 'x', 5)
    return getattr(o, 'x', 'gone')
show(801, _s801)
def _s802():
    o = 1
    delattr(o, 'x')
    return hasattr(o, 'x')
show(802, _s802)
show(803, lambda: getattr(1, 'd'))
def _s804():
    o = 1
    setattr(o, 'd', 5)
    return getattr(o, 'd', 'gone')
show(804, _s804)
def _s805():
    o = 1
    delattr(o, 'd')
    return hasattr(o, 'd')
show(805, _s805)
show(806, lambda: getattr(1, 'nd'))
def _s807():
    o = 1
    setattr(o, 'nd', 5)
    return getattr(o, 'nd', 'gone')
show(807, _s807)
def _s808():
    o = 1
    delattr(o, 'nd')
    return hasattr(o, 'nd')
show(808, _s808)
show(809, lambda: getattr(1, 'so'))
def _s810():
    o = 1
    setattr(o, 'so', 5)
    return getattr(o, 'so', 'gone')
show(810, _s810)
def _s811():
    o = 1
    delattr(o, 'so')
    return hasattr(o, 'so')
show(811, _s811)
show(812, lambda: getattr(1, 'do'))
def _s813():
    o = 1
    setattr(o, 'do', 5)
    return getattr(o, 'do', 'gone')
show(813, _s813)
def _s814():
    o = 1
    delattr(o, 'do')
    return hasattr(o, 'do')
show(814, _s814)
show(815, lambda: getattr(1, 'p'))
def _s816():
    o = 1
    setattr(o, 'p', 5)
    return getattr(o, 'p', 'gone')
show(816, _s816)
def _s817():
    o = 1
    delattr(o, 'p')
    return hasattr(o, 'p')
show(817, _s817)
show(818, lambda: getattr(1, 'pw'))
def _s819():
    o = 1
    setattr(o, 'pw', 5)
    return getattr(o, 'pw', 'gone')
show(819, _s819)
def _s820():
    o = 1
    delattr(o, 'pw')
    return hasattr(o, 'pw')
show(820, _s820)
show(821, lambda: getattr(1, 'cm'))
def _s822():
    o = 1
    setattr(o, 'cm', 5)
    return getattr(o, 'cm', 'gone')
show(822, _s822)
def _s823():
    o = 1
    delattr(o, 'cm')
    return hasattr(o, 'cm')
show(823, _s823)
show(824, lambda: getattr(1, 'sm'))
def _s825():
    o = 1
    setattr(o, 'sm', 5)
    return getattr(o, 'sm', 'gone')
show(825, _s825)
def _s826():
    o = 1
    delattr(o, 'sm')
    return hasattr(o, 'sm')
show(826, _s826)
show(827, lambda: getattr(1, 'm'))
def _s828():
    o = 1
    setattr(o, 'm', 5)
    return getattr(o, 'm', 'gone')
show(828, _s828)
def _s829():
    o = 1
    delattr(o, 'm')
    return hasattr(o, 'm')
show(829, _s829)
show(830, lambda: getattr(1, 'a'))
def _s831():
    o = 1
    setattr(o, 'a', 5)
    return getattr(o, 'a', 'gone')
show(831, _s831)
def _s832():
    o = 1
    delattr(o, 'a')
    return hasattr(o, 'a')
show(832, _s832)
show(833, lambda: getattr(1, 'b'))
def _s834():
    o = 1
    setattr(o, 'b', 5)
    return getattr(o, 'b', 'gone')
show(834, _s834)
def _s835():
    o = 1
    delattr(o, 'b')
    return hasattr(o, 'b')
show(835, _s835)
show(836, lambda: getattr(1, '__dict__'))
def _s837():
    o = 1
    setattr(o, '__dict__', 5)
    return getattr(o, '__dict__', 'gone')
show(837, _s837)
def _s838():
    o = 1
    delattr(o, '__dict__')
    return hasattr(o, '__dict__')
show(838, _s838)
show(839, lambda: getattr(1, '__class__'))
def _s840():
    o = 1
    setattr(o, '__class__', 5)
    return getattr(o, '__class__', 'gone')
show(840, _s840)
def _s841():
    o = 1
    delattr(o, '__class__')
    return hasattr(o, '__class__')
show(841, _s841)
show(842, lambda: getattr(1, '__name__'))
def _s843():
    o = 1
    setattr(o, '__name__', 5)
    return getattr(o, '__name__', 'gone')
show(843, _s843)
def _s844():
    o = 1
    delattr(o, '__name__')
    return hasattr(o, '__name__')
show(844, _s844)
show(845, lambda: getattr(1, '__doc__'))
def _s846():
    o = 1
    setattr(o, '__doc__', 5)
    return getattr(o, '__doc__', 'gone')
show(846, _s846)
def _s847():
    o = 1
    delattr(o, '__doc__')
    return hasattr(o, '__doc__')
show(847, _s847)
show(848, lambda: getattr(1, 'md'))
def _s849():
    o = 1
    setattr(o, 'md', 5)
    return getattr(o, 'md', 'gone')
show(849, _s849)
def _s850():
    o = 1
    delattr(o, 'md')
    return hasattr(o, 'md')
show(850, _s850)
show(851, lambda: getattr(1, 'mnd'))
def _s852():
    o = 1
    setattr(o, 'mnd', 5)
    return getattr(o, 'mnd', 'gone')
show(852, _s852)
def _s853():
    o = 1
    delattr(o, 'mnd')
    return hasattr(o, 'mnd')
show(853, _s853)
show(854, lambda: getattr(1, 'boom'))
def _s855():
    o = 1
    setattr(o, 'boom', 5)
    return getattr(o, 'boom', 'gone')
show(855, _s855)
def _s856():
    o = 1
    delattr(o, 'boom')
    return hasattr(o, 'boom')
show(856, _s856)
show(857, lambda: getattr(1, 'missing'))
def _s858():
    o = 1
    setattr(o, 'missing', 5)
    return getattr(o, 'missing', 'gone')
show(858, _s858)
def _s859():
    o = 1
    delattr(o, 'missing')
    return hasattr(o, 'missing')
show(859, _s859)
show(860, lambda: getattr(1, '__slots__'))
def _s861():
    o = 1
    setattr(o, '__slots__', 5)
    return getattr(o, '__slots__', 'gone')
show(861, _s861)
def _s862():
    o = 1
    delattr(o, '__slots__')
    return hasattr(o, '__slots__')
show(862, _s862)
show(863, lambda: getattr(1, 'real'))
def _s864():
    o = 1
    setattr(o, 'real', 5)
    return getattr(o, 'real', 'gone')
show(864, _s864)
def _s865():
    o = 1
    delattr(o, 'real')
    return hasattr(o, 'real')
show(865, _s865)
show(866, lambda: getattr(1, '__module__'))
def _s867():
    o = 1
    setattr(o, '__module__', 5)
    return getattr(o, '__module__', 'gone')
show(867, _s867)
def _s868():
    o = 1
    delattr(o, '__module__')
    return hasattr(o, '__module__')
show(868, _s868)
show(869, lambda: getattr(1, '__qualname__'))
def _s870():
    o = 1
    setattr(o, '__qualname__', 5)
    return getattr(o, '__qualname__', 'gone')
show(870, _s870)
def _s871():
    o = 1
    delattr(o, '__qualname__')
    return hasattr(o, '__qualname__')
show(871, _s871)
show(872, lambda: getattr(1, '__mro__'))
def _s873():
    o = 1
    setattr(o, '__mro__', 5)
    return getattr(o, '__mro__', 'gone')
show(873, _s873)
def _s874():
    o = 1
    delattr(o, '__mro__')
    return hasattr(o, '__mro__')
show(874, _s874)
show(875, lambda: getattr(1, '__bases__'))
def _s876():
    o = 1
    setattr(o, '__bases__', 5)
    return getattr(o, '__bases__', 'gone')
show(876, _s876)
def _s877():
    o = 1
    delattr(o, '__bases__')
    return hasattr(o, '__bases__')
show(877, _s877)
show(878, lambda: getattr(1, '__weakref__'))
def _s879():
    o = 1
    setattr(o, '__weakref__', 5)
    return getattr(o, '__weakref__', 'gone')
show(879, _s879)
def _s880():
    o = 1
    delattr(o, '__weakref__')
    return hasattr(o, '__weakref__')
show(880, _s880)
show(881, lambda: getattr('s', 'x'))
def _s882():
    o = 's'
    setattr(o, 'x', 5)
    return getattr(o, 'x', 'gone')
show(882, _s882)
def _s883():
    o = 's'
    delattr(o, 'x')
    return hasattr(o, 'x')
show(883, _s883)
show(884, lambda: getattr('s', 'd'))
def _s885():
    o = 's'
    setattr(o, 'd', 5)
    return getattr(o, 'd', 'gone')
show(885, _s885)
def _s886():
    o = 's'
    delattr(o, 'd')
    return hasattr(o, 'd')
show(886, _s886)
show(887, lambda: getattr('s', 'nd'))
def _s888():
    o = 's'
    setattr(o, 'nd', 5)
    return getattr(o, 'nd', 'gone')
show(888, _s888)
def _s889():
    o = 's'
    delattr(o, 'nd')
    return hasattr(o, 'nd')
show(889, _s889)
show(890, lambda: getattr('s', 'so'))
def _s891():
    o = 's'
    setattr(o, 'so', 5)
    return getattr(o, 'so', 'gone')
show(891, _s891)
def _s892():
    o = 's'
    delattr(o, 'so')
    return hasattr(o, 'so')
show(892, _s892)
show(893, lambda: getattr('s', 'do'))
def _s894():
    o = 's'
    setattr(o, 'do', 5)
    return getattr(o, 'do', 'gone')
show(894, _s894)
def _s895():
    o = 's'
    delattr(o, 'do')
    return hasattr(o, 'do')
show(895, _s895)
show(896, lambda: getattr('s', 'p'))
def _s897():
    o = 's'
    setattr(o, 'p', 5)
    return getattr(o, 'p', 'gone')
show(897, _s897)
def _s898():
    o = 's'
    delattr(o, 'p')
    return hasattr(o, 'p')
show(898, _s898)
show(899, lambda: getattr('s', 'pw'))
def _s900():
    o = 's'
    setattr(o, 'pw', 5)
    return getattr(o, 'pw', 'gone')
show(900, _s900)
def _s901():
    o = 's'
    delattr(o, 'pw')
    return hasattr(o, 'pw')
show(901, _s901)
show(902, lambda: getattr('s', 'cm'))
def _s903():
    o = 's'
    setattr(o, 'cm', 5)
    return getattr(o, 'cm', 'gone')
show(903, _s903)
def _s904():
    o = 's'
    delattr(o, 'cm')
    return hasattr(o, 'cm')
show(904, _s904)
show(905, lambda: getattr('s', 'sm'))
def _s906():
    o = 's'
    setattr(o, 'sm', 5)
    return getattr(o, 'sm', 'gone')
show(906, _s906)
def _s907():
    o = 's'
    delattr(o, 'sm')
    return hasattr(o, 'sm')
show(907, _s907)
show(908, lambda: getattr('s', 'm'))
def _s909():
    o = 's'
    setattr(o, 'm', 5)
    return getattr(o, 'm', 'gone')
show(909, _s909)
def _s910():
    o = 's'
    delattr(o, 'm')
    return hasattr(o, 'm')
show(910, _s910)
show(911, lambda: getattr('s', 'a'))
def _s912():
    o = 's'
    setattr(o, 'a', 5)
    return getattr(o, 'a', 'gone')
show(912, _s912)
def _s913():
    o = 's'
    delattr(o, 'a')
    return hasattr(o, 'a')
show(913, _s913)
show(914, lambda: getattr('s', 'b'))
def _s915():
    o = 's'
    setattr(o, 'b', 5)
    return getattr(o, 'b', 'gone')
show(915, _s915)
def _s916():
    o = 's'
    delattr(o, 'b')
    return hasattr(o, 'b')
show(916, _s916)
show(917, lambda: getattr('s', '__dict__'))
def _s918():
    o = 's'
    setattr(o, '__dict__', 5)
    return getattr(o, '__dict__', 'gone')
show(918, _s918)
def _s919():
    o = 's'
    delattr(o, '__dict__')
    return hasattr(o, '__dict__')
show(919, _s919)
show(920, lambda: getattr('s', '__class__'))
def _s921():
    o = 's'
    setattr(o, '__class__', 5)
    return getattr(o, '__class__', 'gone')
show(921, _s921)
def _s922():
    o = 's'
    delattr(o, '__class__')
    return hasattr(o, '__class__')
show(922, _s922)
show(923, lambda: getattr('s', '__name__'))
def _s924():
    o = 's'
    setattr(o, '__name__', 5)
    return getattr(o, '__name__', 'gone')
show(924, _s924)
def _s925():
    o = 's'
    delattr(o, '__name__')
    return hasattr(o, '__name__')
show(925, _s925)
show(926, lambda: getattr('s', '__doc__'))
def _s927():
    o = 's'
    setattr(o, '__doc__', 5)
    return getattr(o, '__doc__', 'gone')
show(927, _s927)
def _s928():
    o = 's'
    delattr(o, '__doc__')
    return hasattr(o, '__doc__')
show(928, _s928)
show(929, lambda: getattr('s', 'md'))
def _s930():
    o = 's'
    setattr(o, 'md', 5)
    return getattr(o, 'md', 'gone')
show(930, _s930)
def _s931():
    o = 's'
    delattr(o, 'md')
    return hasattr(o, 'md')
show(931, _s931)
show(932, lambda: getattr('s', 'mnd'))
def _s933():
    o = 's'
    setattr(o, 'mnd', 5)
    return getattr(o, 'mnd', 'gone')
show(933, _s933)
def _s934():
    o = 's'
    delattr(o, 'mnd')
    return hasattr(o, 'mnd')
show(934, _s934)
show(935, lambda: getattr('s', 'boom'))
def _s936():
    o = 's'
    setattr(o, 'boom', 5)
    return getattr(o, 'boom', 'gone')
show(936, _s936)
def _s937():
    o = 's'
    delattr(o, 'boom')
    return hasattr(o, 'boom')
show(937, _s937)
show(938, lambda: getattr('s', 'missing'))
def _s939():
    o = 's'
    setattr(o, 'missing', 5)
    return getattr(o, 'missing', 'gone')
show(939, _s939)
def _s940():
    o = 's'
    delattr(o, 'missing')
    return hasattr(o, 'missing')
show(940, _s940)
show(941, lambda: getattr('s', '__slots__'))
def _s942():
    o = 's'
    setattr(o, '__slots__', 5)
    return getattr(o, '__slots__', 'gone')
show(942, _s942)
def _s943():
    o = 's'
    delattr(o, '__slots__')
    return hasattr(o, '__slots__')
show(943, _s943)
show(944, lambda: getattr('s', 'real'))
def _s945():
    o = 's'
    setattr(o, 'real', 5)
    return getattr(o, 'real', 'gone')
show(945, _s945)
def _s946():
    o = 's'
    delattr(o, 'real')
    return hasattr(o, 'real')
show(946, _s946)
show(947, lambda: getattr('s', '__module__'))
def _s948():
    o = 's'
    setattr(o, '__module__', 5)
    return getattr(o, '__module__', 'gone')
show(948, _s948)
def _s949():
    o = 's'
    delattr(o, '__module__')
    return hasattr(o, '__module__')
show(949, _s949)
show(950, lambda: getattr('s', '__qualname__'))
def _s951():
    o = 's'
    setattr(o, '__qualname__', 5)
    return getattr(o, '__qualname__', 'gone')
show(951, _s951)
def _s952():
    o = 's'
    delattr(o, '__qualname__')
    return hasattr(o, '__qualname__')
show(952, _s952)
show(953, lambda: getattr('s', '__mro__'))
def _s954():
    o = 's'
    setattr(o, '__mro__', 5)
    return getattr(o, '__mro__', 'gone')
show(954, _s954)
def _s955():
    o = 's'
    delattr(o, '__mro__')
    return hasattr(o, '__mro__')
show(955, _s955)
show(956, lambda: getattr('s', '__bases__'))
def _s957():
    o = 's'
    setattr(o, '__bases__', 5)
    return getattr(o, '__bases__', 'gone')
show(957, _s957)
def _s958():
    o = 's'
    delattr(o, '__bases__')
    return hasattr(o, '__bases__')
show(958, _s958)
show(959, lambda: getattr('s', '__weakref__'))
def _s960():
    o = 's'
    setattr(o, '__weakref__', 5)
    return getattr(o, '__weakref__', 'gone')
show(960, _s960)
def _s961():
    o = 's'
    delattr(o, '__weakref__')
    return hasattr(o, '__weakref__')
show(961, _s961)
show(962, lambda: getattr([1], 'x'))
def _s963():
    o = [1]
    setattr(o, 'x', 5)
    return getattr(o, 'x', 'gone')
show(963, _s963)
def _s964():
    o = [1]
    delattr(o, 'x')
    return hasattr(o, 'x')
show(964, _s964)
show(965, lambda: getattr([1], 'd'))
def _s966():
    o = [1]
    setattr(o, 'd', 5)
    return getattr(o, 'd', 'gone')
show(966, _s966)
def _s967():
    o = [1]
    delattr(o, 'd')
    return hasattr(o, 'd')
show(967, _s967)
show(968, lambda: getattr([1], 'nd'))
def _s969():
    o = [1]
    setattr(o, 'nd', 5)
    return getattr(o, 'nd', 'gone')
show(969, _s969)
def _s970():
    o = [1]
    delattr(o, 'nd')
    return hasattr(o, 'nd')
show(970, _s970)
show(971, lambda: getattr([1], 'so'))
def _s972():
    o = [1]
    setattr(o, 'so', 5)
    return getattr(o, 'so', 'gone')
show(972, _s972)
def _s973():
    o = [1]
    delattr(o, 'so')
    return hasattr(o, 'so')
show(973, _s973)
show(974, lambda: getattr([1], 'do'))
def _s975():
    o = [1]
    setattr(o, 'do', 5)
    return getattr(o, 'do', 'gone')
show(975, _s975)
def _s976():
    o = [1]
    delattr(o, 'do')
    return hasattr(o, 'do')
show(976, _s976)
show(977, lambda: getattr([1], 'p'))
def _s978():
    o = [1]
    setattr(o, 'p', 5)
    return getattr(o, 'p', 'gone')
show(978, _s978)
def _s979():
    o = [1]
    delattr(o, 'p')
    return hasattr(o, 'p')
show(979, _s979)
show(980, lambda: getattr([1], 'pw'))
def _s981():
    o = [1]
    setattr(o, 'pw', 5)
    return getattr(o, 'pw', 'gone')
show(981, _s981)
def _s982():
    o = [1]
    delattr(o, 'pw')
    return hasattr(o, 'pw')
show(982, _s982)
show(983, lambda: getattr([1], 'cm'))
def _s984():
    o = [1]
    setattr(o, 'cm', 5)
    return getattr(o, 'cm', 'gone')
show(984, _s984)
def _s985():
    o = [1]
    delattr(o, 'cm')
    return hasattr(o, 'cm')
show(985, _s985)
show(986, lambda: getattr([1], 'sm'))
def _s987():
    o = [1]
    setattr(o, 'sm', 5)
    return getattr(o, 'sm', 'gone')
show(987, _s987)
def _s988():
    o = [1]
    delattr(o, 'sm')
    return hasattr(o, 'sm')
show(988, _s988)
show(989, lambda: getattr([1], 'm'))
def _s990():
    o = [1]
    setattr(o, 'm', 5)
    return getattr(o, 'm', 'gone')
show(990, _s990)
def _s991():
    o = [1]
    delattr(o, 'm')
    return hasattr(o, 'm')
show(991, _s991)
show(992, lambda: getattr([1], 'a'))
def _s993():
    o = [1]
    setattr(o, 'a', 5)
    return getattr(o, 'a', 'gone')
show(993, _s993)
def _s994():
    o = [1]
    delattr(o, 'a')
    return hasattr(o, 'a')
show(994, _s994)
show(995, lambda: getattr([1], 'b'))
def _s996():
    o = [1]
    setattr(o, 'b', 5)
    return getattr(o, 'b', 'gone')
show(996, _s996)
def _s997():
    o = [1]
    delattr(o, 'b')
    return hasattr(o, 'b')
show(997, _s997)
show(998, lambda: getattr([1], '__dict__'))
def _s999():
    o = [1]
    setattr(o, '__dict__', 5)
    return getattr(o, '__dict__', 'gone')
show(999, _s999)
def _s1000():
    o = [1]
    delattr(o, '__dict__')
    return hasattr(o, '__dict__')
show(1000, _s1000)
show(1001, lambda: getattr([1], '__class__'))
def _s1002():
    o = [1]
    setattr(o, '__class__', 5)
    return getattr(o, '__class__', 'gone')
show(1002, _s1002)
def _s1003():
    o = [1]
    delattr(o, '__class__')
    return hasattr(o, '__class__')
show(1003, _s1003)
show(1004, lambda: getattr([1], '__name__'))
def _s1005():
    o = [1]
    setattr(o, '__name__', 5)
    return getattr(o, '__name__', 'gone')
show(1005, _s1005)
def _s1006():
    o = [1]
    delattr(o, '__name__')
    return hasattr(o, '__name__')
show(1006, _s1006)
show(1007, lambda: getattr([1], '__doc__'))
def _s1008():
    o = [1]
    setattr(o, '__doc__', 5)
    return getattr(o, '__doc__', 'gone')
show(1008, _s1008)
def _s1009():
    o = [1]
    delattr(o, '__doc__')
    return hasattr(o, '__doc__')
show(1009, _s1009)
show(1010, lambda: getattr([1], 'md'))
def _s1011():
    o = [1]
    setattr(o, 'md', 5)
    return getattr(o, 'md', 'gone')
show(1011, _s1011)
def _s1012():
    o = [1]
    delattr(o, 'md')
    return hasattr(o, 'md')
show(1012, _s1012)
show(1013, lambda: getattr([1], 'mnd'))
def _s1014():
    o = [1]
    setattr(o, 'mnd', 5)
    return getattr(o, 'mnd', 'gone')
show(1014, _s1014)
def _s1015():
    o = [1]
    delattr(o, 'mnd')
    return hasattr(o, 'mnd')
show(1015, _s1015)
show(1016, lambda: getattr([1], 'boom'))
def _s1017():
    o = [1]
    setattr(o, 'boom', 5)
    return getattr(o, 'boom', 'gone')
show(1017, _s1017)
def _s1018():
    o = [1]
    delattr(o, 'boom')
    return hasattr(o, 'boom')
show(1018, _s1018)
show(1019, lambda: getattr([1], 'missing'))
def _s1020():
    o = [1]
    setattr(o, 'missing', 5)
    return getattr(o, 'missing', 'gone')
show(1020, _s1020)
def _s1021():
    o = [1]
    delattr(o, 'missing')
    return hasattr(o, 'missing')
show(1021, _s1021)
show(1022, lambda: getattr([1], '__slots__'))
def _s1023():
    o = [1]
    setattr(o, '__slots__', 5)
    return getattr(o, '__slots__', 'gone')
show(1023, _s1023)
def _s1024():
    o = [1]
    delattr(o, '__slots__')
    return hasattr(o, '__slots__')
show(1024, _s1024)
show(1025, lambda: getattr([1], 'real'))
def _s1026():
    o = [1]
    setattr(o, 'real', 5)
    return getattr(o, 'real', 'gone')
show(1026, _s1026)
def _s1027():
    o = [1]
    delattr(o, 'real')
    return hasattr(o, 'real')
show(1027, _s1027)
show(1028, lambda: getattr([1], '__module__'))
def _s1029():
    o = [1]
    setattr(o, '__module__', 5)
    return getattr(o, '__module__', 'gone')
show(1029, _s1029)
def _s1030():
    o = [1]
    delattr(o, '__module__')
    return hasattr(o, '__module__')
show(1030, _s1030)
show(1031, lambda: getattr([1], '__qualname__'))
def _s1032():
    o = [1]
    setattr(o, '__qualname__', 5)
    return getattr(o, '__qualname__', 'gone')
show(1032, _s1032)
def _s1033():
    o = [1]
    delattr(o, '__qualname__')
    return hasattr(o, '__qualname__')
show(1033, _s1033)
show(1034, lambda: getattr([1], '__mro__'))
def _s1035():
    o = [1]
    setattr(o, '__mro__', 5)
    return getattr(o, '__mro__', 'gone')
show(1035, _s1035)
def _s1036():
    o = [1]
    delattr(o, '__mro__')
    return hasattr(o, '__mro__')
show(1036, _s1036)
show(1037, lambda: getattr([1], '__bases__'))
def _s1038():
    o = [1]
    setattr(o, '__bases__', 5)
    return getattr(o, '__bases__', 'gone')
show(1038, _s1038)
def _s1039():
    o = [1]
    delattr(o, '__bases__')
    return hasattr(o, '__bases__')
show(1039, _s1039)
show(1040, lambda: getattr([1], '__weakref__'))
def _s1041():
    o = [1]
    setattr(o, '__weakref__', 5)
    return getattr(o, '__weakref__', 'gone')
show(1041, _s1041)
def _s1042():
    o = [1]
    delattr(o, '__weakref__')
    return hasattr(o, '__weakref__')
show(1042, _s1042)
show(1043, lambda: getattr(int, 'x'))
def _s1044():
    o = int
    setattr(o, 'x', 5)
    return getattr(o, 'x', 'gone')
show(1044, _s1044)
def _s1045():
    o = int
    delattr(o, 'x')
    return hasattr(o, 'x')
show(1045, _s1045)
show(1046, lambda: getattr(int, 'd'))
def _s1047():
    o = int
    setattr(o, 'd', 5)
    return getattr(o, 'd', 'gone')
show(1047, _s1047)
def _s1048():
    o = int
    delattr(o, 'd')
    return hasattr(o, 'd')
show(1048, _s1048)
show(1049, lambda: getattr(int, 'nd'))
def _s1050():
    o = int
    setattr(o, 'nd', 5)
    return getattr(o, 'nd', 'gone')
show(1050, _s1050)
def _s1051():
    o = int
    delattr(o, 'nd')
    return hasattr(o, 'nd')
show(1051, _s1051)
show(1052, lambda: getattr(int, 'so'))
def _s1053():
    o = int
    setattr(o, 'so', 5)
    return getattr(o, 'so', 'gone')
show(1053, _s1053)
def _s1054():
    o = int
    delattr(o, 'so')
    return hasattr(o, 'so')
show(1054, _s1054)
show(1055, lambda: getattr(int, 'do'))
def _s1056():
    o = int
    setattr(o, 'do', 5)
    return getattr(o, 'do', 'gone')
show(1056, _s1056)
def _s1057():
    o = int
    delattr(o, 'do')
    return hasattr(o, 'do')
show(1057, _s1057)
show(1058, lambda: getattr(int, 'p'))
def _s1059():
    o = int
    setattr(o, 'p', 5)
    return getattr(o, 'p', 'gone')
show(1059, _s1059)
def _s1060():
    o = int
    delattr(o, 'p')
    return hasattr(o, 'p')
show(1060, _s1060)
show(1061, lambda: getattr(int, 'pw'))
def _s1062():
    o = int
    setattr(o, 'pw', 5)
    return getattr(o, 'pw', 'gone')
show(1062, _s1062)
def _s1063():
    o = int
    delattr(o, 'pw')
    return hasattr(o, 'pw')
show(1063, _s1063)
show(1064, lambda: getattr(int, 'cm'))
def _s1065():
    o = int
    setattr(o, 'cm', 5)
    return getattr(o, 'cm', 'gone')
show(1065, _s1065)
def _s1066():
    o = int
    delattr(o, 'cm')
    return hasattr(o, 'cm')
show(1066, _s1066)
show(1067, lambda: getattr(int, 'sm'))
def _s1068():
    o = int
    setattr(o, 'sm', 5)
    return getattr(o, 'sm', 'gone')
show(1068, _s1068)
def _s1069():
    o = int
    delattr(o, 'sm')
    return hasattr(o, 'sm')
show(1069, _s1069)
show(1070, lambda: getattr(int, 'm'))
def _s1071():
    o = int
    setattr(o, 'm', 5)
    return getattr(o, 'm', 'gone')
show(1071, _s1071)
def _s1072():
    o = int
    delattr(o, 'm')
    return hasattr(o, 'm')
show(1072, _s1072)
show(1073, lambda: getattr(int, 'a'))
def _s1074():
    o = int
    setattr(o, 'a', 5)
    return getattr(o, 'a', 'gone')
show(1074, _s1074)
def _s1075():
    o = int
    delattr(o, 'a')
    return hasattr(o, 'a')
show(1075, _s1075)
show(1076, lambda: getattr(int, 'b'))
def _s1077():
    o = int
    setattr(o, 'b', 5)
    return getattr(o, 'b', 'gone')
show(1077, _s1077)
def _s1078():
    o = int
    delattr(o, 'b')
    return hasattr(o, 'b')
show(1078, _s1078)
def _s1079():
    o = int
    setattr(o, '__dict__', 5)
    return getattr(o, '__dict__', 'gone')
show(1079, _s1079)
def _s1080():
    o = int
    delattr(o, '__dict__')
    return hasattr(o, '__dict__')
show(1080, _s1080)
show(1081, lambda: getattr(int, '__class__'))
def _s1082():
    o = int
    setattr(o, '__class__', 5)
    return getattr(o, '__class__', 'gone')
show(1082, _s1082)
def _s1083():
    o = int
    delattr(o, '__class__')
    return hasattr(o, '__class__')
show(1083, _s1083)
show(1084, lambda: getattr(int, '__name__'))
def _s1085():
    o = int
    setattr(o, '__name__', 5)
    return getattr(o, '__name__', 'gone')
show(1085, _s1085)
def _s1086():
    o = int
    delattr(o, '__name__')
    return hasattr(o, '__name__')
show(1086, _s1086)
show(1087, lambda: getattr(int, '__doc__'))
def _s1088():
    o = int
    setattr(o, '__doc__', 5)
    return getattr(o, '__doc__', 'gone')
show(1088, _s1088)
def _s1089():
    o = int
    delattr(o, '__doc__')
    return hasattr(o, '__doc__')
show(1089, _s1089)
show(1090, lambda: getattr(int, 'md'))
def _s1091():
    o = int
    setattr(o, 'md', 5)
    return getattr(o, 'md', 'gone')
show(1091, _s1091)
def _s1092():
    o = int
    delattr(o, 'md')
    return hasattr(o, 'md')
show(1092, _s1092)
show(1093, lambda: getattr(int, 'mnd'))
def _s1094():
    o = int
    setattr(o, 'mnd', 5)
    return getattr(o, 'mnd', 'gone')
show(1094, _s1094)
def _s1095():
    o = int
    delattr(o, 'mnd')
    return hasattr(o, 'mnd')
show(1095, _s1095)
show(1096, lambda: getattr(int, 'boom'))
def _s1097():
    o = int
    setattr(o, 'boom', 5)
    return getattr(o, 'boom', 'gone')
show(1097, _s1097)
def _s1098():
    o = int
    delattr(o, 'boom')
    return hasattr(o, 'boom')
show(1098, _s1098)
show(1099, lambda: getattr(int, 'missing'))
def _s1100():
    o = int
    setattr(o, 'missing', 5)
    return getattr(o, 'missing', 'gone')
show(1100, _s1100)
def _s1101():
    o = int
    delattr(o, 'missing')
    return hasattr(o, 'missing')
show(1101, _s1101)
show(1102, lambda: getattr(int, '__slots__'))
def _s1103():
    o = int
    setattr(o, '__slots__', 5)
    return getattr(o, '__slots__', 'gone')
show(1103, _s1103)
def _s1104():
    o = int
    delattr(o, '__slots__')
    return hasattr(o, '__slots__')
show(1104, _s1104)
show(1105, lambda: getattr(int, 'real'))
def _s1106():
    o = int
    setattr(o, 'real', 5)
    return getattr(o, 'real', 'gone')
show(1106, _s1106)
def _s1107():
    o = int
    delattr(o, 'real')
    return hasattr(o, 'real')
show(1107, _s1107)
show(1108, lambda: getattr(int, '__module__'))
def _s1109():
    o = int
    setattr(o, '__module__', 5)
    return getattr(o, '__module__', 'gone')
show(1109, _s1109)
def _s1110():
    o = int
    delattr(o, '__module__')
    return hasattr(o, '__module__')
show(1110, _s1110)
show(1111, lambda: getattr(int, '__qualname__'))
def _s1112():
    o = int
    setattr(o, '__qualname__', 5)
    return getattr(o, '__qualname__', 'gone')
show(1112, _s1112)
def _s1113():
    o = int
    delattr(o, '__qualname__')
    return hasattr(o, '__qualname__')
show(1113, _s1113)
show(1114, lambda: getattr(int, '__mro__'))
def _s1115():
    o = int
    setattr(o, '__mro__', 5)
    return getattr(o, '__mro__', 'gone')
show(1115, _s1115)
def _s1116():
    o = int
    delattr(o, '__mro__')
    return hasattr(o, '__mro__')
show(1116, _s1116)
show(1117, lambda: getattr(int, '__bases__'))
def _s1118():
    o = int
    setattr(o, '__bases__', 5)
    return getattr(o, '__bases__', 'gone')
show(1118, _s1118)
def _s1119():
    o = int
    delattr(o, '__bases__')
    return hasattr(o, '__bases__')
show(1119, _s1119)
show(1120, lambda: getattr(int, '__weakref__'))
def _s1121():
    o = int
    setattr(o, '__weakref__', 5)
    return getattr(o, '__weakref__', 'gone')
show(1121, _s1121)
def _s1122():
    o = int
    delattr(o, '__weakref__')
    return hasattr(o, '__weakref__')
show(1122, _s1122)
show(1123, lambda: getattr(type, 'x'))
def _s1124():
    o = type
    setattr(o, 'x', 5)
    return getattr(o, 'x', 'gone')
show(1124, _s1124)
def _s1125():
    o = type
    delattr(o, 'x')
    return hasattr(o, 'x')
show(1125, _s1125)
show(1126, lambda: getattr(type, 'd'))
def _s1127():
    o = type
    setattr(o, 'd', 5)
    return getattr(o, 'd', 'gone')
show(1127, _s1127)
def _s1128():
    o = type
    delattr(o, 'd')
    return hasattr(o, 'd')
show(1128, _s1128)
show(1129, lambda: getattr(type, 'nd'))
def _s1130():
    o = type
    setattr(o, 'nd', 5)
    return getattr(o, 'nd', 'gone')
show(1130, _s1130)
def _s1131():
    o = type
    delattr(o, 'nd')
    return hasattr(o, 'nd')
show(1131, _s1131)
show(1132, lambda: getattr(type, 'so'))
def _s1133():
    o = type
    setattr(o, 'so', 5)
    return getattr(o, 'so', 'gone')
show(1133, _s1133)
def _s1134():
    o = type
    delattr(o, 'so')
    return hasattr(o, 'so')
show(1134, _s1134)
show(1135, lambda: getattr(type, 'do'))
def _s1136():
    o = type
    setattr(o, 'do', 5)
    return getattr(o, 'do', 'gone')
show(1136, _s1136)
def _s1137():
    o = type
    delattr(o, 'do')
    return hasattr(o, 'do')
show(1137, _s1137)
show(1138, lambda: getattr(type, 'p'))
def _s1139():
    o = type
    setattr(o, 'p', 5)
    return getattr(o, 'p', 'gone')
show(1139, _s1139)
def _s1140():
    o = type
    delattr(o, 'p')
    return hasattr(o, 'p')
show(1140, _s1140)
show(1141, lambda: getattr(type, 'pw'))
def _s1142():
    o = type
    setattr(o, 'pw', 5)
    return getattr(o, 'pw', 'gone')
show(1142, _s1142)
def _s1143():
    o = type
    delattr(o, 'pw')
    return hasattr(o, 'pw')
show(1143, _s1143)
show(1144, lambda: getattr(type, 'cm'))
def _s1145():
    o = type
    setattr(o, 'cm', 5)
    return getattr(o, 'cm', 'gone')
show(1145, _s1145)
def _s1146():
    o = type
    delattr(o, 'cm')
    return hasattr(o, 'cm')
show(1146, _s1146)
show(1147, lambda: getattr(type, 'sm'))
def _s1148():
    o = type
    setattr(o, 'sm', 5)
    return getattr(o, 'sm', 'gone')
show(1148, _s1148)
def _s1149():
    o = type
    delattr(o, 'sm')
    return hasattr(o, 'sm')
show(1149, _s1149)
show(1150, lambda: getattr(type, 'm'))
def _s1151():
    o = type
    setattr(o, 'm', 5)
    return getattr(o, 'm', 'gone')
show(1151, _s1151)
def _s1152():
    o = type
    delattr(o, 'm')
    return hasattr(o, 'm')
show(1152, _s1152)
show(1153, lambda: getattr(type, 'a'))
def _s1154():
    o = type
    setattr(o, 'a', 5)
    return getattr(o, 'a', 'gone')
show(1154, _s1154)
def _s1155():
    o = type
    delattr(o, 'a')
    return hasattr(o, 'a')
show(1155, _s1155)
show(1156, lambda: getattr(type, 'b'))
def _s1157():
    o = type
    setattr(o, 'b', 5)
    return getattr(o, 'b', 'gone')
show(1157, _s1157)
def _s1158():
    o = type
    delattr(o, 'b')
    return hasattr(o, 'b')
show(1158, _s1158)
def _s1159():
    o = type
    setattr(o, '__dict__', 5)
    return getattr(o, '__dict__', 'gone')
show(1159, _s1159)
def _s1160():
    o = type
    delattr(o, '__dict__')
    return hasattr(o, '__dict__')
show(1160, _s1160)
show(1161, lambda: getattr(type, '__class__'))
def _s1162():
    o = type
    setattr(o, '__class__', 5)
    return getattr(o, '__class__', 'gone')
show(1162, _s1162)
def _s1163():
    o = type
    delattr(o, '__class__')
    return hasattr(o, '__class__')
show(1163, _s1163)
show(1164, lambda: getattr(type, '__name__'))
def _s1165():
    o = type
    setattr(o, '__name__', 5)
    return getattr(o, '__name__', 'gone')
show(1165, _s1165)
def _s1166():
    o = type
    delattr(o, '__name__')
    return hasattr(o, '__name__')
show(1166, _s1166)
show(1167, lambda: getattr(type, '__doc__'))
def _s1168():
    o = type
    setattr(o, '__doc__', 5)
    return getattr(o, '__doc__', 'gone')
show(1168, _s1168)
def _s1169():
    o = type
    delattr(o, '__doc__')
    return hasattr(o, '__doc__')
show(1169, _s1169)
show(1170, lambda: getattr(type, 'md'))
def _s1171():
    o = type
    setattr(o, 'md', 5)
    return getattr(o, 'md', 'gone')
show(1171, _s1171)
def _s1172():
    o = type
    delattr(o, 'md')
    return hasattr(o, 'md')
show(1172, _s1172)
show(1173, lambda: getattr(type, 'mnd'))
def _s1174():
    o = type
    setattr(o, 'mnd', 5)
    return getattr(o, 'mnd', 'gone')
show(1174, _s1174)
def _s1175():
    o = type
    delattr(o, 'mnd')
    return hasattr(o, 'mnd')
show(1175, _s1175)
show(1176, lambda: getattr(type, 'boom'))
def _s1177():
    o = type
    setattr(o, 'boom', 5)
    return getattr(o, 'boom', 'gone')
show(1177, _s1177)
def _s1178():
    o = type
    delattr(o, 'boom')
    return hasattr(o, 'boom')
show(1178, _s1178)
show(1179, lambda: getattr(type, 'missing'))
def _s1180():
    o = type
    setattr(o, 'missing', 5)
    return getattr(o, 'missing', 'gone')
show(1180, _s1180)
def _s1181():
    o = type
    delattr(o, 'missing')
    return hasattr(o, 'missing')
show(1181, _s1181)
show(1182, lambda: getattr(type, '__slots__'))
def _s1183():
    o = type
    setattr(o, '__slots__', 5)
    return getattr(o, '__slots__', 'gone')
show(1183, _s1183)
def _s1184():
    o = type
    delattr(o, '__slots__')
    return hasattr(o, '__slots__')
show(1184, _s1184)
show(1185, lambda: getattr(type, 'real'))
def _s1186():
    o = type
    setattr(o, 'real', 5)
    return getattr(o, 'real', 'gone')
show(1186, _s1186)
def _s1187():
    o = type
    delattr(o, 'real')
    return hasattr(o, 'real')
show(1187, _s1187)
show(1188, lambda: getattr(type, '__module__'))
def _s1189():
    o = type
    setattr(o, '__module__', 5)
    return getattr(o, '__module__', 'gone')
show(1189, _s1189)
def _s1190():
    o = type
    delattr(o, '__module__')
    return hasattr(o, '__module__')
show(1190, _s1190)
show(1191, lambda: getattr(type, '__qualname__'))
def _s1192():
    o = type
    setattr(o, '__qualname__', 5)
    return getattr(o, '__qualname__', 'gone')
show(1192, _s1192)
def _s1193():
    o = type
    delattr(o, '__qualname__')
    return hasattr(o, '__qualname__')
show(1193, _s1193)
show(1194, lambda: getattr(type, '__mro__'))
def _s1195():
    o = type
    setattr(o, '__mro__', 5)
    return getattr(o, '__mro__', 'gone')
show(1195, _s1195)
def _s1196():
    o = type
    delattr(o, '__mro__')
    return hasattr(o, '__mro__')
show(1196, _s1196)
show(1197, lambda: getattr(type, '__bases__'))
def _s1198():
    o = type
    setattr(o, '__bases__', 5)
    return getattr(o, '__bases__', 'gone')
show(1198, _s1198)
def _s1199():
    o = type
    delattr(o, '__bases__')
    return hasattr(o, '__bases__')
show(1199, _s1199)
show(1200, lambda: getattr(type, '__weakref__'))
def _s1201():
    o = type
    setattr(o, '__weakref__', 5)
    return getattr(o, '__weakref__', 'gone')
show(1201, _s1201)
def _s1202():
    o = type
    delattr(o, '__weakref__')
    return hasattr(o, '__weakref__')
show(1202, _s1202)
show(1203, lambda: getattr(None, 'x'))
def _s1204():
    o = None
    setattr(o, 'x', 5)
    return getattr(o, 'x', 'gone')
show(1204, _s1204)
def _s1205():
    o = None
    delattr(o, 'x')
    return hasattr(o, 'x')
show(1205, _s1205)
show(1206, lambda: getattr(None, 'd'))
def _s1207():
    o = None
    setattr(o, 'd', 5)
    return getattr(o, 'd', 'gone')
show(1207, _s1207)
def _s1208():
    o = None
    delattr(o, 'd')
    return hasattr(o, 'd')
show(1208, _s1208)
show(1209, lambda: getattr(None, 'nd'))
def _s1210():
    o = None
    setattr(o, 'nd', 5)
    return getattr(o, 'nd', 'gone')
show(1210, _s1210)
def _s1211():
    o = None
    delattr(o, 'nd')
    return hasattr(o, 'nd')
show(1211, _s1211)
show(1212, lambda: getattr(None, 'so'))
def _s1213():
    o = None
    setattr(o, 'so', 5)
    return getattr(o, 'so', 'gone')
show(1213, _s1213)
def _s1214():
    o = None
    delattr(o, 'so')
    return hasattr(o, 'so')
show(1214, _s1214)
show(1215, lambda: getattr(None, 'do'))
def _s1216():
    o = None
    setattr(o, 'do', 5)
    return getattr(o, 'do', 'gone')
show(1216, _s1216)
def _s1217():
    o = None
    delattr(o, 'do')
    return hasattr(o, 'do')
show(1217, _s1217)
show(1218, lambda: getattr(None, 'p'))
def _s1219():
    o = None
    setattr(o, 'p', 5)
    return getattr(o, 'p', 'gone')
show(1219, _s1219)
def _s1220():
    o = None
    delattr(o, 'p')
    return hasattr(o, 'p')
show(1220, _s1220)
show(1221, lambda: getattr(None, 'pw'))
def _s1222():
    o = None
    setattr(o, 'pw', 5)
    return getattr(o, 'pw', 'gone')
show(1222, _s1222)
def _s1223():
    o = None
    delattr(o, 'pw')
    return hasattr(o, 'pw')
show(1223, _s1223)
show(1224, lambda: getattr(None, 'cm'))
def _s1225():
    o = None
    setattr(o, 'cm', 5)
    return getattr(o, 'cm', 'gone')
show(1225, _s1225)
def _s1226():
    o = None
    delattr(o, 'cm')
    return hasattr(o, 'cm')
show(1226, _s1226)
show(1227, lambda: getattr(None, 'sm'))
def _s1228():
    o = None
    setattr(o, 'sm', 5)
    return getattr(o, 'sm', 'gone')
show(1228, _s1228)
def _s1229():
    o = None
    delattr(o, 'sm')
    return hasattr(o, 'sm')
show(1229, _s1229)
show(1230, lambda: getattr(None, 'm'))
def _s1231():
    o = None
    setattr(o, 'm', 5)
    return getattr(o, 'm', 'gone')
show(1231, _s1231)
def _s1232():
    o = None
    delattr(o, 'm')
    return hasattr(o, 'm')
show(1232, _s1232)
show(1233, lambda: getattr(None, 'a'))
def _s1234():
    o = None
    setattr(o, 'a', 5)
    return getattr(o, 'a', 'gone')
show(1234, _s1234)
def _s1235():
    o = None
    delattr(o, 'a')
    return hasattr(o, 'a')
show(1235, _s1235)
show(1236, lambda: getattr(None, 'b'))
def _s1237():
    o = None
    setattr(o, 'b', 5)
    return getattr(o, 'b', 'gone')
show(1237, _s1237)
def _s1238():
    o = None
    delattr(o, 'b')
    return hasattr(o, 'b')
show(1238, _s1238)
show(1239, lambda: getattr(None, '__dict__'))
def _s1240():
    o = None
    setattr(o, '__dict__', 5)
    return getattr(o, '__dict__', 'gone')
show(1240, _s1240)
def _s1241():
    o = None
    delattr(o, '__dict__')
    return hasattr(o, '__dict__')
show(1241, _s1241)
show(1242, lambda: getattr(None, '__class__'))
def _s1243():
    o = None
    setattr(o, '__class__', 5)
    return getattr(o, '__class__', 'gone')
show(1243, _s1243)
def _s1244():
    o = None
    delattr(o, '__class__')
    return hasattr(o, '__class__')
show(1244, _s1244)
show(1245, lambda: getattr(None, '__name__'))
def _s1246():
    o = None
    setattr(o, '__name__', 5)
    return getattr(o, '__name__', 'gone')
show(1246, _s1246)
def _s1247():
    o = None
    delattr(o, '__name__')
    return hasattr(o, '__name__')
show(1247, _s1247)
show(1248, lambda: getattr(None, '__doc__'))
def _s1249():
    o = None
    setattr(o, '__doc__', 5)
    return getattr(o, '__doc__', 'gone')
show(1249, _s1249)
def _s1250():
    o = None
    delattr(o, '__doc__')
    return hasattr(o, '__doc__')
show(1250, _s1250)
show(1251, lambda: getattr(None, 'md'))
def _s1252():
    o = None
    setattr(o, 'md', 5)
    return getattr(o, 'md', 'gone')
show(1252, _s1252)
def _s1253():
    o = None
    delattr(o, 'md')
    return hasattr(o, 'md')
show(1253, _s1253)
show(1254, lambda: getattr(None, 'mnd'))
def _s1255():
    o = None
    setattr(o, 'mnd', 5)
    return getattr(o, 'mnd', 'gone')
show(1255, _s1255)
def _s1256():
    o = None
    delattr(o, 'mnd')
    return hasattr(o, 'mnd')
show(1256, _s1256)
show(1257, lambda: getattr(None, 'boom'))
def _s1258():
    o = None
    setattr(o, 'boom', 5)
    return getattr(o, 'boom', 'gone')
show(1258, _s1258)
def _s1259():
    o = None
    delattr(o, 'boom')
    return hasattr(o, 'boom')
show(1259, _s1259)
show(1260, lambda: getattr(None, 'missing'))
def _s1261():
    o = None
    setattr(o, 'missing', 5)
    return getattr(o, 'missing', 'gone')
show(1261, _s1261)
def _s1262():
    o = None
    delattr(o, 'missing')
    return hasattr(o, 'missing')
show(1262, _s1262)
show(1263, lambda: getattr(None, '__slots__'))
def _s1264():
    o = None
    setattr(o, '__slots__', 5)
    return getattr(o, '__slots__', 'gone')
show(1264, _s1264)
def _s1265():
    o = None
    delattr(o, '__slots__')
    return hasattr(o, '__slots__')
show(1265, _s1265)
show(1266, lambda: getattr(None, 'real'))
def _s1267():
    o = None
    setattr(o, 'real', 5)
    return getattr(o, 'real', 'gone')
show(1267, _s1267)
def _s1268():
    o = None
    delattr(o, 'real')
    return hasattr(o, 'real')
show(1268, _s1268)
show(1269, lambda: getattr(None, '__module__'))
def _s1270():
    o = None
    setattr(o, '__module__', 5)
    return getattr(o, '__module__', 'gone')
show(1270, _s1270)
def _s1271():
    o = None
    delattr(o, '__module__')
    return hasattr(o, '__module__')
show(1271, _s1271)
show(1272, lambda: getattr(None, '__qualname__'))
def _s1273():
    o = None
    setattr(o, '__qualname__', 5)
    return getattr(o, '__qualname__', 'gone')
show(1273, _s1273)
def _s1274():
    o = None
    delattr(o, '__qualname__')
    return hasattr(o, '__qualname__')
show(1274, _s1274)
show(1275, lambda: getattr(None, '__mro__'))
def _s1276():
    o = None
    setattr(o, '__mro__', 5)
    return getattr(o, '__mro__', 'gone')
show(1276, _s1276)
def _s1277():
    o = None
    delattr(o, '__mro__')
    return hasattr(o, '__mro__')
show(1277, _s1277)
show(1278, lambda: getattr(None, '__bases__'))
def _s1279():
    o = None
    setattr(o, '__bases__', 5)
    return getattr(o, '__bases__', 'gone')
show(1279, _s1279)
def _s1280():
    o = None
    delattr(o, '__bases__')
    return hasattr(o, '__bases__')
show(1280, _s1280)
show(1281, lambda: getattr(None, '__weakref__'))
def _s1282():
    o = None
    setattr(o, '__weakref__', 5)
    return getattr(o, '__weakref__', 'gone')
show(1282, _s1282)
def _s1283():
    o = None
    delattr(o, '__weakref__')
    return hasattr(o, '__weakref__')
show(1283, _s1283)
show(1284, lambda: getattr(D(), 'x'))
def _s1285():
    o = D()
    setattr(o, 'x', 5)
    return getattr(o, 'x', 'gone')
show(1285, _s1285)
def _s1286():
    o = D()
    delattr(o, 'x')
    return hasattr(o, 'x')
show(1286, _s1286)
show(1287, lambda: getattr(D(), 'd'))
def _s1288():
    o = D()
    setattr(o, 'd', 5)
    return getattr(o, 'd', 'gone')
show(1288, _s1288)
def _s1289():
    o = D()
    delattr(o, 'd')
    return hasattr(o, 'd')
show(1289, _s1289)
show(1290, lambda: getattr(D(), 'nd'))
def _s1291():
    o = D()
    setattr(o, 'nd', 5)
    return getattr(o, 'nd', 'gone')
show(1291, _s1291)
def _s1292():
    o = D()
    delattr(o, 'nd')
    return hasattr(o, 'nd')
show(1292, _s1292)
show(1293, lambda: getattr(D(), 'so'))
def _s1294():
    o = D()
    setattr(o, 'so', 5)
    return getattr(o, 'so', 'gone')
show(1294, _s1294)
def _s1295():
    o = D()
    delattr(o, 'so')
    return hasattr(o, 'so')
show(1295, _s1295)
show(1296, lambda: getattr(D(), 'do'))
def _s1297():
    o = D()
    setattr(o, 'do', 5)
    return getattr(o, 'do', 'gone')
show(1297, _s1297)
def _s1298():
    o = D()
    delattr(o, 'do')
    return hasattr(o, 'do')
show(1298, _s1298)
show(1299, lambda: getattr(D(), 'p'))
def _s1300():
    o = D()
    setattr(o, 'p', 5)
    return getattr(o, 'p', 'gone')
show(1300, _s1300)
def _s1301():
    o = D()
    delattr(o, 'p')
    return hasattr(o, 'p')
show(1301, _s1301)
show(1302, lambda: getattr(D(), 'pw'))
def _s1303():
    o = D()
    setattr(o, 'pw', 5)
    return getattr(o, 'pw', 'gone')
show(1303, _s1303)
def _s1304():
    o = D()
    delattr(o, 'pw')
    return hasattr(o, 'pw')
show(1304, _s1304)
show(1305, lambda: getattr(D(), 'cm'))
def _s1306():
    o = D()
    setattr(o, 'cm', 5)
    return getattr(o, 'cm', 'gone')
show(1306, _s1306)
def _s1307():
    o = D()
    delattr(o, 'cm')
    return hasattr(o, 'cm')
show(1307, _s1307)
show(1308, lambda: getattr(D(), 'sm'))
def _s1309():
    o = D()
    setattr(o, 'sm', 5)
    return getattr(o, 'sm', 'gone')
show(1309, _s1309)
def _s1310():
    o = D()
    delattr(o, 'sm')
    return hasattr(o, 'sm')
show(1310, _s1310)
show(1311, lambda: getattr(D(), 'm'))
def _s1312():
    o = D()
    setattr(o, 'm', 5)
    return getattr(o, 'm', 'gone')
show(1312, _s1312)
def _s1313():
    o = D()
    delattr(o, 'm')
    return hasattr(o, 'm')
show(1313, _s1313)
show(1314, lambda: getattr(D(), 'a'))
def _s1315():
    o = D()
    setattr(o, 'a', 5)
    return getattr(o, 'a', 'gone')
show(1315, _s1315)
def _s1316():
    o = D()
    delattr(o, 'a')
    return hasattr(o, 'a')
show(1316, _s1316)
show(1317, lambda: getattr(D(), 'b'))
def _s1318():
    o = D()
    setattr(o, 'b', 5)
    return getattr(o, 'b', 'gone')
show(1318, _s1318)
def _s1319():
    o = D()
    delattr(o, 'b')
    return hasattr(o, 'b')
show(1319, _s1319)
show(1320, lambda: getattr(D(), '__dict__'))
def _s1321():
    o = D()
    setattr(o, '__dict__', 5)
    return getattr(o, '__dict__', 'gone')
show(1321, _s1321)
def _s1322():
    o = D()
    delattr(o, '__dict__')
    return hasattr(o, '__dict__')
show(1322, _s1322)
show(1323, lambda: getattr(D(), '__class__'))
def _s1324():
    o = D()
    setattr(o, '__class__', 5)
    return getattr(o, '__class__', 'gone')
show(1324, _s1324)
def _s1325():
    o = D()
    delattr(o, '__class__')
    return hasattr(o, '__class__')
show(1325, _s1325)
show(1326, lambda: getattr(D(), '__name__'))
def _s1327():
    o = D()
    setattr(o, '__name__', 5)
    return getattr(o, '__name__', 'gone')
show(1327, _s1327)
def _s1328():
    o = D()
    delattr(o, '__name__')
    return hasattr(o, '__name__')
show(1328, _s1328)
show(1329, lambda: getattr(D(), '__doc__'))
def _s1330():
    o = D()
    setattr(o, '__doc__', 5)
    return getattr(o, '__doc__', 'gone')
show(1330, _s1330)
def _s1331():
    o = D()
    delattr(o, '__doc__')
    return hasattr(o, '__doc__')
show(1331, _s1331)
show(1332, lambda: getattr(D(), 'md'))
def _s1333():
    o = D()
    setattr(o, 'md', 5)
    return getattr(o, 'md', 'gone')
show(1333, _s1333)
def _s1334():
    o = D()
    delattr(o, 'md')
    return hasattr(o, 'md')
show(1334, _s1334)
show(1335, lambda: getattr(D(), 'mnd'))
def _s1336():
    o = D()
    setattr(o, 'mnd', 5)
    return getattr(o, 'mnd', 'gone')
show(1336, _s1336)
def _s1337():
    o = D()
    delattr(o, 'mnd')
    return hasattr(o, 'mnd')
show(1337, _s1337)
show(1338, lambda: getattr(D(), 'boom'))
def _s1339():
    o = D()
    setattr(o, 'boom', 5)
    return getattr(o, 'boom', 'gone')
show(1339, _s1339)
def _s1340():
    o = D()
    delattr(o, 'boom')
    return hasattr(o, 'boom')
show(1340, _s1340)
show(1341, lambda: getattr(D(), 'missing'))
def _s1342():
    o = D()
    setattr(o, 'missing', 5)
    return getattr(o, 'missing', 'gone')
show(1342, _s1342)
def _s1343():
    o = D()
    delattr(o, 'missing')
    return hasattr(o, 'missing')
show(1343, _s1343)
show(1344, lambda: getattr(D(), '__slots__'))
def _s1345():
    o = D()
    setattr(o, '__slots__', 5)
    return getattr(o, '__slots__', 'gone')
show(1345, _s1345)
def _s1346():
    o = D()
    delattr(o, '__slots__')
    return hasattr(o, '__slots__')
show(1346, _s1346)
show(1347, lambda: getattr(D(), 'real'))
def _s1348():
    o = D()
    setattr(o, 'real', 5)
    return getattr(o, 'real', 'gone')
show(1348, _s1348)
def _s1349():
    o = D()
    delattr(o, 'real')
    return hasattr(o, 'real')
show(1349, _s1349)
show(1350, lambda: getattr(D(), '__module__'))
def _s1351():
    o = D()
    setattr(o, '__module__', 5)
    return getattr(o, '__module__', 'gone')
show(1351, _s1351)
def _s1352():
    o = D()
    delattr(o, '__module__')
    return hasattr(o, '__module__')
show(1352, _s1352)
show(1353, lambda: getattr(D(), '__qualname__'))
def _s1354():
    o = D()
    setattr(o, '__qualname__', 5)
    return getattr(o, '__qualname__', 'gone')
show(1354, _s1354)
def _s1355():
    o = D()
    delattr(o, '__qualname__')
    return hasattr(o, '__qualname__')
show(1355, _s1355)
show(1356, lambda: getattr(D(), '__mro__'))
def _s1357():
    o = D()
    setattr(o, '__mro__', 5)
    return getattr(o, '__mro__', 'gone')
show(1357, _s1357)
def _s1358():
    o = D()
    delattr(o, '__mro__')
    return hasattr(o, '__mro__')
show(1358, _s1358)
show(1359, lambda: getattr(D(), '__bases__'))
def _s1360():
    o = D()
    setattr(o, '__bases__', 5)
    return getattr(o, '__bases__', 'gone')
show(1360, _s1360)
def _s1361():
    o = D()
    delattr(o, '__bases__')
    return hasattr(o, '__bases__')
show(1361, _s1361)
show(1362, lambda: getattr(D(), '__weakref__'))
def _s1363():
    o = D()
    setattr(o, '__weakref__', 5)
    return getattr(o, '__weakref__', 'gone')
show(1363, _s1363)
def _s1364():
    o = D()
    delattr(o, '__weakref__')
    return hasattr(o, '__weakref__')
show(1364, _s1364)
show(1365, lambda: getattr(len, 'x'))
def _s1366():
    o = len
    setattr(o, 'x', 5)
    return getattr(o, 'x', 'gone')
show(1366, _s1366)
def _s1367():
    o = len
    delattr(o, 'x')
    return hasattr(o, 'x')
show(1367, _s1367)
show(1368, lambda: getattr(len, 'd'))
def _s1369():
    o = len
    setattr(o, 'd', 5)
    return getattr(o, 'd', 'gone')
show(1369, _s1369)
def _s1370():
    o = len
    delattr(o, 'd')
    return hasattr(o, 'd')
show(1370, _s1370)
show(1371, lambda: getattr(len, 'nd'))
def _s1372():
    o = len
    setattr(o, 'nd', 5)
    return getattr(o, 'nd', 'gone')
show(1372, _s1372)
def _s1373():
    o = len
    delattr(o, 'nd')
    return hasattr(o, 'nd')
show(1373, _s1373)
show(1374, lambda: getattr(len, 'so'))
def _s1375():
    o = len
    setattr(o, 'so', 5)
    return getattr(o, 'so', 'gone')
show(1375, _s1375)
def _s1376():
    o = len
    delattr(o, 'so')
    return hasattr(o, 'so')
show(1376, _s1376)
show(1377, lambda: getattr(len, 'do'))
def _s1378():
    o = len
    setattr(o, 'do', 5)
    return getattr(o, 'do', 'gone')
show(1378, _s1378)
def _s1379():
    o = len
    delattr(o, 'do')
    return hasattr(o, 'do')
show(1379, _s1379)
show(1380, lambda: getattr(len, 'p'))
def _s1381():
    o = len
    setattr(o, 'p', 5)
    return getattr(o, 'p', 'gone')
show(1381, _s1381)
def _s1382():
    o = len
    delattr(o, 'p')
    return hasattr(o, 'p')
show(1382, _s1382)
show(1383, lambda: getattr(len, 'pw'))
def _s1384():
    o = len
    setattr(o, 'pw', 5)
    return getattr(o, 'pw', 'gone')
show(1384, _s1384)
def _s1385():
    o = len
    delattr(o, 'pw')
    return hasattr(o, 'pw')
show(1385, _s1385)
show(1386, lambda: getattr(len, 'cm'))
def _s1387():
    o = len
    setattr(o, 'cm', 5)
    return getattr(o, 'cm', 'gone')
show(1387, _s1387)
def _s1388():
    o = len
    delattr(o, 'cm')
    return hasattr(o, 'cm')
show(1388, _s1388)
show(1389, lambda: getattr(len, 'sm'))
def _s1390():
    o = len
    setattr(o, 'sm', 5)
    return getattr(o, 'sm', 'gone')
show(1390, _s1390)
def _s1391():
    o = len
    delattr(o, 'sm')
    return hasattr(o, 'sm')
show(1391, _s1391)
show(1392, lambda: getattr(len, 'm'))
def _s1393():
    o = len
    setattr(o, 'm', 5)
    return getattr(o, 'm', 'gone')
show(1393, _s1393)
def _s1394():
    o = len
    delattr(o, 'm')
    return hasattr(o, 'm')
show(1394, _s1394)
show(1395, lambda: getattr(len, 'a'))
def _s1396():
    o = len
    setattr(o, 'a', 5)
    return getattr(o, 'a', 'gone')
show(1396, _s1396)
def _s1397():
    o = len
    delattr(o, 'a')
    return hasattr(o, 'a')
show(1397, _s1397)
show(1398, lambda: getattr(len, 'b'))
def _s1399():
    o = len
    setattr(o, 'b', 5)
    return getattr(o, 'b', 'gone')
show(1399, _s1399)
def _s1400():
    o = len
    delattr(o, 'b')
    return hasattr(o, 'b')
show(1400, _s1400)
show(1401, lambda: getattr(len, '__dict__'))
def _s1402():
    o = len
    setattr(o, '__dict__', 5)
    return getattr(o, '__dict__', 'gone')
show(1402, _s1402)
def _s1403():
    o = len
    delattr(o, '__dict__')
    return hasattr(o, '__dict__')
show(1403, _s1403)
show(1404, lambda: getattr(len, '__class__'))
def _s1405():
    o = len
    setattr(o, '__class__', 5)
    return getattr(o, '__class__', 'gone')
show(1405, _s1405)
def _s1406():
    o = len
    delattr(o, '__class__')
    return hasattr(o, '__class__')
show(1406, _s1406)
show(1407, lambda: getattr(len, '__name__'))
def _s1408():
    o = len
    setattr(o, '__name__', 5)
    return getattr(o, '__name__', 'gone')
show(1408, _s1408)
def _s1409():
    o = len
    delattr(o, '__name__')
    return hasattr(o, '__name__')
show(1409, _s1409)
show(1410, lambda: getattr(len, '__doc__'))
def _s1411():
    o = len
    setattr(o, '__doc__', 5)
    return getattr(o, '__doc__', 'gone')
show(1411, _s1411)
def _s1412():
    o = len
    delattr(o, '__doc__')
    return hasattr(o, '__doc__')
show(1412, _s1412)
show(1413, lambda: getattr(len, 'md'))
def _s1414():
    o = len
    setattr(o, 'md', 5)
    return getattr(o, 'md', 'gone')
show(1414, _s1414)
def _s1415():
    o = len
    delattr(o, 'md')
    return hasattr(o, 'md')
show(1415, _s1415)
show(1416, lambda: getattr(len, 'mnd'))
def _s1417():
    o = len
    setattr(o, 'mnd', 5)
    return getattr(o, 'mnd', 'gone')
show(1417, _s1417)
def _s1418():
    o = len
    delattr(o, 'mnd')
    return hasattr(o, 'mnd')
show(1418, _s1418)
show(1419, lambda: getattr(len, 'boom'))
def _s1420():
    o = len
    setattr(o, 'boom', 5)
    return getattr(o, 'boom', 'gone')
show(1420, _s1420)
def _s1421():
    o = len
    delattr(o, 'boom')
    return hasattr(o, 'boom')
show(1421, _s1421)
show(1422, lambda: getattr(len, 'missing'))
def _s1423():
    o = len
    setattr(o, 'missing', 5)
    return getattr(o, 'missing', 'gone')
show(1423, _s1423)
def _s1424():
    o = len
    delattr(o, 'missing')
    return hasattr(o, 'missing')
show(1424, _s1424)
show(1425, lambda: getattr(len, '__slots__'))
def _s1426():
    o = len
    setattr(o, '__slots__', 5)
    return getattr(o, '__slots__', 'gone')
show(1426, _s1426)
def _s1427():
    o = len
    delattr(o, '__slots__')
    return hasattr(o, '__slots__')
show(1427, _s1427)
show(1428, lambda: getattr(len, 'real'))
def _s1429():
    o = len
    setattr(o, 'real', 5)
    return getattr(o, 'real', 'gone')
show(1429, _s1429)
def _s1430():
    o = len
    delattr(o, 'real')
    return hasattr(o, 'real')
show(1430, _s1430)
show(1431, lambda: getattr(len, '__module__'))
def _s1432():
    o = len
    setattr(o, '__module__', 5)
    return getattr(o, '__module__', 'gone')
show(1432, _s1432)
def _s1433():
    o = len
    delattr(o, '__module__')
    return hasattr(o, '__module__')
show(1433, _s1433)
show(1434, lambda: getattr(len, '__qualname__'))
def _s1435():
    o = len
    setattr(o, '__qualname__', 5)
    return getattr(o, '__qualname__', 'gone')
show(1435, _s1435)
def _s1436():
    o = len
    delattr(o, '__qualname__')
    return hasattr(o, '__qualname__')
show(1436, _s1436)
show(1437, lambda: getattr(len, '__mro__'))
def _s1438():
    o = len
    setattr(o, '__mro__', 5)
    return getattr(o, '__mro__', 'gone')
show(1438, _s1438)
def _s1439():
    o = len
    delattr(o, '__mro__')
    return hasattr(o, '__mro__')
show(1439, _s1439)
show(1440, lambda: getattr(len, '__bases__'))
def _s1441():
    o = len
    setattr(o, '__bases__', 5)
    return getattr(o, '__bases__', 'gone')
show(1441, _s1441)
def _s1442():
    o = len
    delattr(o, '__bases__')
    return hasattr(o, '__bases__')
show(1442, _s1442)
show(1443, lambda: getattr(len, '__weakref__'))
def _s1444():
    o = len
    setattr(o, '__weakref__', 5)
    return getattr(o, '__weakref__', 'gone')
show(1444, _s1444)
def _s1445():
    o = len
    delattr(o, '__weakref__')
    return hasattr(o, '__weakref__')
show(1445, _s1445)
print('done')
