# Class statements and type() calls over many bases and bodies: the class's
# summary, or the error CPython 3.11 raises.  Generated, twentieth session.
class A: pass
class B: pass
class C(A): pass
class Slotted:
    __slots__ = ('s',)
class Slotted2:
    __slots__ = ('t',)
class SlottedEmpty:
    __slots__ = ()
class SlottedEmpty2:
    __slots__ = ()
class Meta1(type): pass
class Meta2(type): pass
class Meta1Based(metaclass=Meta1): pass
class Meta2Based(metaclass=Meta2): pass
class NotAType:
    def __init__(self, *a, **k): self.a = a
    def __repr__(self): return 'NotAType%r' % (self.a[:2],)
class Final:
    def __init_subclass__(cls, **kw): raise TypeError('final ' + cls.__name__)
class WithInitSubclass:
    def __init_subclass__(cls, flag=0): cls.flag = flag
class Named:
    def __set_name__(self, owner, name): self.where = (owner.__name__, name)
class BadSetName:
    def __set_name__(self, owner, name): raise ValueError('no ' + name)
import re
def summary(K):
    if not isinstance(K, type):
        return 'not a class: %r' % (K,)
    d = sorted(k for k in vars(K) if k not in ('__module__', '__dict__', '__weakref__', '__doc__'))
    if K.__module__ == 'builtins':
        d = '(a builtin type)'
    return re.sub(' at 0x[0-9a-f]+', '', '%s %s mro=%s meta=%s slots=%r dict=%s' % (K.__name__, K.__qualname__, [c.__name__ for c in K.__mro__], type(K).__name__, getattr(K, '__slots__', None), d))
def show(n, thunk):
    try:
        print(n, summary(thunk()))
    except Exception as e:
        print(n, '!', type(e).__name__, e, [str(x) for x in getattr(e, '__notes__', [])], type(e.__cause__).__name__ if e.__cause__ else '')
def c0():
    class K:
        pass
    return K
show(0, c0)
def c1():
    class K:
        __slots__ = ('a', 'b')
    return K
show(1, c1)
def c2():
    class K:
        __slots__ = 'a'
    return K
show(2, c2)
def c3():
    class K:
        __slots__ = ('a', 'a')
    return K
show(3, c3)
def c4():
    class K:
        __slots__ = ('__dict__', '__dict__')
    return K
show(4, c4)
def c5():
    class K:
        __slots__ = ('a',)
        a = 5
    return K
show(5, c5)
def c6():
    class K:
        __slots__ = (5,)
    return K
show(6, c6)
def c7():
    class K:
        __slots__ = ('1a',)
    return K
show(7, c7)
def c8():
    class K:
        __slots__ = ('__weakref__',)
    return K
show(8, c8)
def c9():
    class K:
        __slots__ = ()
    return K
show(9, c9)
def c10():
    class K:
        x = Named()
    return K
show(10, c10)
def c11():
    class K:
        x = BadSetName()
    return K
show(11, c11)
def c12():
    class K:
        __qualname__ = 5
    return K
show(12, c12)
def c13():
    class K:
        __qualname__ = 'Q.R'
    return K
show(13, c13)
def c14():
    class K:
        __module__ = 'mod'
    return K
show(14, c14)
def c15():
    class K:
        __classcell__ = 5
    return K
show(15, c15)
def c16():
    class K:
        def __init_subclass__(cls): pass
    return K
show(16, c16)
def c17():
    class K:
        __init_subclass__ = 5
    return K
show(17, c17)
def c18():
    class K:
        __doc__ = 'doc'
    return K
show(18, c18)
def c19():
    class K:
        __class_getitem__ = lambda cls, k: k
    return K
show(19, c19)
def c20():
    class K:
        __slots__ = ('__x', '__y__', '_z')
    return K
show(20, c20)
def c21():
    class K:
        __slots__ = {'a': 'doc of a'}
    return K
show(21, c21)
def c22():
    class K:
        __slots__ = iter(['a', 'b'])
    return K
show(22, c22)
def c23():
    class K:
        __slots__ = ['__dict__']
    return K
show(23, c23)
def c24():
    class K:
        __slots__ = ['__weakref__', 'w']
    return K
show(24, c24)
def c25():
    class K(object):
        pass
    return K
show(25, c25)
def c26():
    class K(object):
        __slots__ = ('a', 'b')
    return K
show(26, c26)
def c27():
    class K(object):
        __slots__ = 'a'
    return K
show(27, c27)
def c28():
    class K(object):
        __slots__ = ('a', 'a')
    return K
show(28, c28)
def c29():
    class K(object):
        __slots__ = ('__dict__', '__dict__')
    return K
show(29, c29)
def c30():
    class K(object):
        __slots__ = ('a',)
        a = 5
    return K
show(30, c30)
def c31():
    class K(object):
        __slots__ = (5,)
    return K
show(31, c31)
def c32():
    class K(object):
        __slots__ = ('1a',)
    return K
show(32, c32)
def c33():
    class K(object):
        __slots__ = ('__weakref__',)
    return K
show(33, c33)
def c34():
    class K(object):
        __slots__ = ()
    return K
show(34, c34)
def c35():
    class K(object):
        x = Named()
    return K
show(35, c35)
def c36():
    class K(object):
        x = BadSetName()
    return K
show(36, c36)
def c37():
    class K(object):
        __qualname__ = 5
    return K
show(37, c37)
def c38():
    class K(object):
        __qualname__ = 'Q.R'
    return K
show(38, c38)
def c39():
    class K(object):
        __module__ = 'mod'
    return K
show(39, c39)
def c40():
    class K(object):
        __classcell__ = 5
    return K
show(40, c40)
def c41():
    class K(object):
        def __init_subclass__(cls): pass
    return K
show(41, c41)
def c42():
    class K(object):
        __init_subclass__ = 5
    return K
show(42, c42)
def c43():
    class K(object):
        __doc__ = 'doc'
    return K
show(43, c43)
def c44():
    class K(object):
        __class_getitem__ = lambda cls, k: k
    return K
show(44, c44)
def c45():
    class K(object):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(45, c45)
def c46():
    class K(object):
        __slots__ = {'a': 'doc of a'}
    return K
show(46, c46)
def c47():
    class K(object):
        __slots__ = iter(['a', 'b'])
    return K
show(47, c47)
def c48():
    class K(object):
        __slots__ = ['__dict__']
    return K
show(48, c48)
def c49():
    class K(object):
        __slots__ = ['__weakref__', 'w']
    return K
show(49, c49)
def c50():
    class K(int):
        pass
    return K
show(50, c50)
def c51():
    class K(int):
        __slots__ = ('a', 'b')
    return K
show(51, c51)
def c52():
    class K(int):
        __slots__ = 'a'
    return K
show(52, c52)
def c53():
    class K(int):
        __slots__ = ('a', 'a')
    return K
show(53, c53)
def c54():
    class K(int):
        __slots__ = ('__dict__', '__dict__')
    return K
show(54, c54)
def c55():
    class K(int):
        __slots__ = ('a',)
        a = 5
    return K
show(55, c55)
def c56():
    class K(int):
        __slots__ = (5,)
    return K
show(56, c56)
def c57():
    class K(int):
        __slots__ = ('1a',)
    return K
show(57, c57)
def c58():
    class K(int):
        __slots__ = ('__weakref__',)
    return K
show(58, c58)
def c59():
    class K(int):
        __slots__ = ()
    return K
show(59, c59)
def c60():
    class K(int):
        x = Named()
    return K
show(60, c60)
def c61():
    class K(int):
        x = BadSetName()
    return K
show(61, c61)
def c62():
    class K(int):
        __qualname__ = 5
    return K
show(62, c62)
def c63():
    class K(int):
        __qualname__ = 'Q.R'
    return K
show(63, c63)
def c64():
    class K(int):
        __module__ = 'mod'
    return K
show(64, c64)
def c65():
    class K(int):
        __classcell__ = 5
    return K
show(65, c65)
def c66():
    class K(int):
        def __init_subclass__(cls): pass
    return K
show(66, c66)
def c67():
    class K(int):
        __init_subclass__ = 5
    return K
show(67, c67)
def c68():
    class K(int):
        __doc__ = 'doc'
    return K
show(68, c68)
def c69():
    class K(int):
        __class_getitem__ = lambda cls, k: k
    return K
show(69, c69)
def c70():
    class K(int):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(70, c70)
def c71():
    class K(int):
        __slots__ = {'a': 'doc of a'}
    return K
show(71, c71)
def c72():
    class K(int):
        __slots__ = iter(['a', 'b'])
    return K
show(72, c72)
def c73():
    class K(int):
        __slots__ = ['__dict__']
    return K
show(73, c73)
def c74():
    class K(int):
        __slots__ = ['__weakref__', 'w']
    return K
show(74, c74)
def c75():
    class K(str, int):
        pass
    return K
show(75, c75)
def c76():
    class K(str, int):
        __slots__ = ('a', 'b')
    return K
show(76, c76)
def c77():
    class K(str, int):
        __slots__ = 'a'
    return K
show(77, c77)
def c78():
    class K(str, int):
        __slots__ = ('a', 'a')
    return K
show(78, c78)
def c79():
    class K(str, int):
        __slots__ = ('__dict__', '__dict__')
    return K
show(79, c79)
def c80():
    class K(str, int):
        __slots__ = ('a',)
        a = 5
    return K
show(80, c80)
def c81():
    class K(str, int):
        __slots__ = (5,)
    return K
show(81, c81)
def c82():
    class K(str, int):
        __slots__ = ('1a',)
    return K
show(82, c82)
def c83():
    class K(str, int):
        __slots__ = ('__weakref__',)
    return K
show(83, c83)
def c84():
    class K(str, int):
        __slots__ = ()
    return K
show(84, c84)
def c85():
    class K(str, int):
        x = Named()
    return K
show(85, c85)
def c86():
    class K(str, int):
        x = BadSetName()
    return K
show(86, c86)
def c87():
    class K(str, int):
        __qualname__ = 5
    return K
show(87, c87)
def c88():
    class K(str, int):
        __qualname__ = 'Q.R'
    return K
show(88, c88)
def c89():
    class K(str, int):
        __module__ = 'mod'
    return K
show(89, c89)
def c90():
    class K(str, int):
        __classcell__ = 5
    return K
show(90, c90)
def c91():
    class K(str, int):
        def __init_subclass__(cls): pass
    return K
show(91, c91)
def c92():
    class K(str, int):
        __init_subclass__ = 5
    return K
show(92, c92)
def c93():
    class K(str, int):
        __doc__ = 'doc'
    return K
show(93, c93)
def c94():
    class K(str, int):
        __class_getitem__ = lambda cls, k: k
    return K
show(94, c94)
def c95():
    class K(str, int):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(95, c95)
def c96():
    class K(str, int):
        __slots__ = {'a': 'doc of a'}
    return K
show(96, c96)
def c97():
    class K(str, int):
        __slots__ = iter(['a', 'b'])
    return K
show(97, c97)
def c98():
    class K(str, int):
        __slots__ = ['__dict__']
    return K
show(98, c98)
def c99():
    class K(str, int):
        __slots__ = ['__weakref__', 'w']
    return K
show(99, c99)
def c100():
    class K(A, B):
        pass
    return K
show(100, c100)
def c101():
    class K(A, B):
        __slots__ = ('a', 'b')
    return K
show(101, c101)
def c102():
    class K(A, B):
        __slots__ = 'a'
    return K
show(102, c102)
def c103():
    class K(A, B):
        __slots__ = ('a', 'a')
    return K
show(103, c103)
def c104():
    class K(A, B):
        __slots__ = ('__dict__', '__dict__')
    return K
show(104, c104)
def c105():
    class K(A, B):
        __slots__ = ('a',)
        a = 5
    return K
show(105, c105)
def c106():
    class K(A, B):
        __slots__ = (5,)
    return K
show(106, c106)
def c107():
    class K(A, B):
        __slots__ = ('1a',)
    return K
show(107, c107)
def c108():
    class K(A, B):
        __slots__ = ('__weakref__',)
    return K
show(108, c108)
def c109():
    class K(A, B):
        __slots__ = ()
    return K
show(109, c109)
def c110():
    class K(A, B):
        x = Named()
    return K
show(110, c110)
def c111():
    class K(A, B):
        x = BadSetName()
    return K
show(111, c111)
def c112():
    class K(A, B):
        __qualname__ = 5
    return K
show(112, c112)
def c113():
    class K(A, B):
        __qualname__ = 'Q.R'
    return K
show(113, c113)
def c114():
    class K(A, B):
        __module__ = 'mod'
    return K
show(114, c114)
def c115():
    class K(A, B):
        __classcell__ = 5
    return K
show(115, c115)
def c116():
    class K(A, B):
        def __init_subclass__(cls): pass
    return K
show(116, c116)
def c117():
    class K(A, B):
        __init_subclass__ = 5
    return K
show(117, c117)
def c118():
    class K(A, B):
        __doc__ = 'doc'
    return K
show(118, c118)
def c119():
    class K(A, B):
        __class_getitem__ = lambda cls, k: k
    return K
show(119, c119)
def c120():
    class K(A, B):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(120, c120)
def c121():
    class K(A, B):
        __slots__ = {'a': 'doc of a'}
    return K
show(121, c121)
def c122():
    class K(A, B):
        __slots__ = iter(['a', 'b'])
    return K
show(122, c122)
def c123():
    class K(A, B):
        __slots__ = ['__dict__']
    return K
show(123, c123)
def c124():
    class K(A, B):
        __slots__ = ['__weakref__', 'w']
    return K
show(124, c124)
def c125():
    class K(B, A):
        pass
    return K
show(125, c125)
def c126():
    class K(B, A):
        __slots__ = ('a', 'b')
    return K
show(126, c126)
def c127():
    class K(B, A):
        __slots__ = 'a'
    return K
show(127, c127)
def c128():
    class K(B, A):
        __slots__ = ('a', 'a')
    return K
show(128, c128)
def c129():
    class K(B, A):
        __slots__ = ('__dict__', '__dict__')
    return K
show(129, c129)
def c130():
    class K(B, A):
        __slots__ = ('a',)
        a = 5
    return K
show(130, c130)
def c131():
    class K(B, A):
        __slots__ = (5,)
    return K
show(131, c131)
def c132():
    class K(B, A):
        __slots__ = ('1a',)
    return K
show(132, c132)
def c133():
    class K(B, A):
        __slots__ = ('__weakref__',)
    return K
show(133, c133)
def c134():
    class K(B, A):
        __slots__ = ()
    return K
show(134, c134)
def c135():
    class K(B, A):
        x = Named()
    return K
show(135, c135)
def c136():
    class K(B, A):
        x = BadSetName()
    return K
show(136, c136)
def c137():
    class K(B, A):
        __qualname__ = 5
    return K
show(137, c137)
def c138():
    class K(B, A):
        __qualname__ = 'Q.R'
    return K
show(138, c138)
def c139():
    class K(B, A):
        __module__ = 'mod'
    return K
show(139, c139)
def c140():
    class K(B, A):
        __classcell__ = 5
    return K
show(140, c140)
def c141():
    class K(B, A):
        def __init_subclass__(cls): pass
    return K
show(141, c141)
def c142():
    class K(B, A):
        __init_subclass__ = 5
    return K
show(142, c142)
def c143():
    class K(B, A):
        __doc__ = 'doc'
    return K
show(143, c143)
def c144():
    class K(B, A):
        __class_getitem__ = lambda cls, k: k
    return K
show(144, c144)
def c145():
    class K(B, A):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(145, c145)
def c146():
    class K(B, A):
        __slots__ = {'a': 'doc of a'}
    return K
show(146, c146)
def c147():
    class K(B, A):
        __slots__ = iter(['a', 'b'])
    return K
show(147, c147)
def c148():
    class K(B, A):
        __slots__ = ['__dict__']
    return K
show(148, c148)
def c149():
    class K(B, A):
        __slots__ = ['__weakref__', 'w']
    return K
show(149, c149)
def c150():
    class K(A, A):
        pass
    return K
show(150, c150)
def c151():
    class K(A, A):
        __slots__ = ('a', 'b')
    return K
show(151, c151)
def c152():
    class K(A, A):
        __slots__ = 'a'
    return K
show(152, c152)
def c153():
    class K(A, A):
        __slots__ = ('a', 'a')
    return K
show(153, c153)
def c154():
    class K(A, A):
        __slots__ = ('__dict__', '__dict__')
    return K
show(154, c154)
def c155():
    class K(A, A):
        __slots__ = ('a',)
        a = 5
    return K
show(155, c155)
def c156():
    class K(A, A):
        __slots__ = (5,)
    return K
show(156, c156)
def c157():
    class K(A, A):
        __slots__ = ('1a',)
    return K
show(157, c157)
def c158():
    class K(A, A):
        __slots__ = ('__weakref__',)
    return K
show(158, c158)
def c159():
    class K(A, A):
        __slots__ = ()
    return K
show(159, c159)
def c160():
    class K(A, A):
        x = Named()
    return K
show(160, c160)
def c161():
    class K(A, A):
        x = BadSetName()
    return K
show(161, c161)
def c162():
    class K(A, A):
        __qualname__ = 5
    return K
show(162, c162)
def c163():
    class K(A, A):
        __qualname__ = 'Q.R'
    return K
show(163, c163)
def c164():
    class K(A, A):
        __module__ = 'mod'
    return K
show(164, c164)
def c165():
    class K(A, A):
        __classcell__ = 5
    return K
show(165, c165)
def c166():
    class K(A, A):
        def __init_subclass__(cls): pass
    return K
show(166, c166)
def c167():
    class K(A, A):
        __init_subclass__ = 5
    return K
show(167, c167)
def c168():
    class K(A, A):
        __doc__ = 'doc'
    return K
show(168, c168)
def c169():
    class K(A, A):
        __class_getitem__ = lambda cls, k: k
    return K
show(169, c169)
def c170():
    class K(A, A):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(170, c170)
def c171():
    class K(A, A):
        __slots__ = {'a': 'doc of a'}
    return K
show(171, c171)
def c172():
    class K(A, A):
        __slots__ = iter(['a', 'b'])
    return K
show(172, c172)
def c173():
    class K(A, A):
        __slots__ = ['__dict__']
    return K
show(173, c173)
def c174():
    class K(A, A):
        __slots__ = ['__weakref__', 'w']
    return K
show(174, c174)
def c175():
    class K(C, A):
        pass
    return K
show(175, c175)
def c176():
    class K(C, A):
        __slots__ = ('a', 'b')
    return K
show(176, c176)
def c177():
    class K(C, A):
        __slots__ = 'a'
    return K
show(177, c177)
def c178():
    class K(C, A):
        __slots__ = ('a', 'a')
    return K
show(178, c178)
def c179():
    class K(C, A):
        __slots__ = ('__dict__', '__dict__')
    return K
show(179, c179)
def c180():
    class K(C, A):
        __slots__ = ('a',)
        a = 5
    return K
show(180, c180)
def c181():
    class K(C, A):
        __slots__ = (5,)
    return K
show(181, c181)
def c182():
    class K(C, A):
        __slots__ = ('1a',)
    return K
show(182, c182)
def c183():
    class K(C, A):
        __slots__ = ('__weakref__',)
    return K
show(183, c183)
def c184():
    class K(C, A):
        __slots__ = ()
    return K
show(184, c184)
def c185():
    class K(C, A):
        x = Named()
    return K
show(185, c185)
def c186():
    class K(C, A):
        x = BadSetName()
    return K
show(186, c186)
def c187():
    class K(C, A):
        __qualname__ = 5
    return K
show(187, c187)
def c188():
    class K(C, A):
        __qualname__ = 'Q.R'
    return K
show(188, c188)
def c189():
    class K(C, A):
        __module__ = 'mod'
    return K
show(189, c189)
def c190():
    class K(C, A):
        __classcell__ = 5
    return K
show(190, c190)
def c191():
    class K(C, A):
        def __init_subclass__(cls): pass
    return K
show(191, c191)
def c192():
    class K(C, A):
        __init_subclass__ = 5
    return K
show(192, c192)
def c193():
    class K(C, A):
        __doc__ = 'doc'
    return K
show(193, c193)
def c194():
    class K(C, A):
        __class_getitem__ = lambda cls, k: k
    return K
show(194, c194)
def c195():
    class K(C, A):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(195, c195)
def c196():
    class K(C, A):
        __slots__ = {'a': 'doc of a'}
    return K
show(196, c196)
def c197():
    class K(C, A):
        __slots__ = iter(['a', 'b'])
    return K
show(197, c197)
def c198():
    class K(C, A):
        __slots__ = ['__dict__']
    return K
show(198, c198)
def c199():
    class K(C, A):
        __slots__ = ['__weakref__', 'w']
    return K
show(199, c199)
def c200():
    class K(A, C):
        pass
    return K
show(200, c200)
def c201():
    class K(A, C):
        __slots__ = ('a', 'b')
    return K
show(201, c201)
def c202():
    class K(A, C):
        __slots__ = 'a'
    return K
show(202, c202)
def c203():
    class K(A, C):
        __slots__ = ('a', 'a')
    return K
show(203, c203)
def c204():
    class K(A, C):
        __slots__ = ('__dict__', '__dict__')
    return K
show(204, c204)
def c205():
    class K(A, C):
        __slots__ = ('a',)
        a = 5
    return K
show(205, c205)
def c206():
    class K(A, C):
        __slots__ = (5,)
    return K
show(206, c206)
def c207():
    class K(A, C):
        __slots__ = ('1a',)
    return K
show(207, c207)
def c208():
    class K(A, C):
        __slots__ = ('__weakref__',)
    return K
show(208, c208)
def c209():
    class K(A, C):
        __slots__ = ()
    return K
show(209, c209)
def c210():
    class K(A, C):
        x = Named()
    return K
show(210, c210)
def c211():
    class K(A, C):
        x = BadSetName()
    return K
show(211, c211)
def c212():
    class K(A, C):
        __qualname__ = 5
    return K
show(212, c212)
def c213():
    class K(A, C):
        __qualname__ = 'Q.R'
    return K
show(213, c213)
def c214():
    class K(A, C):
        __module__ = 'mod'
    return K
show(214, c214)
def c215():
    class K(A, C):
        __classcell__ = 5
    return K
show(215, c215)
def c216():
    class K(A, C):
        def __init_subclass__(cls): pass
    return K
show(216, c216)
def c217():
    class K(A, C):
        __init_subclass__ = 5
    return K
show(217, c217)
def c218():
    class K(A, C):
        __doc__ = 'doc'
    return K
show(218, c218)
def c219():
    class K(A, C):
        __class_getitem__ = lambda cls, k: k
    return K
show(219, c219)
def c220():
    class K(A, C):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(220, c220)
def c221():
    class K(A, C):
        __slots__ = {'a': 'doc of a'}
    return K
show(221, c221)
def c222():
    class K(A, C):
        __slots__ = iter(['a', 'b'])
    return K
show(222, c222)
def c223():
    class K(A, C):
        __slots__ = ['__dict__']
    return K
show(223, c223)
def c224():
    class K(A, C):
        __slots__ = ['__weakref__', 'w']
    return K
show(224, c224)
def c225():
    class K(Slotted):
        pass
    return K
show(225, c225)
def c226():
    class K(Slotted):
        __slots__ = ('a', 'b')
    return K
show(226, c226)
def c227():
    class K(Slotted):
        __slots__ = 'a'
    return K
show(227, c227)
def c228():
    class K(Slotted):
        __slots__ = ('a', 'a')
    return K
show(228, c228)
def c229():
    class K(Slotted):
        __slots__ = ('__dict__', '__dict__')
    return K
show(229, c229)
def c230():
    class K(Slotted):
        __slots__ = ('a',)
        a = 5
    return K
show(230, c230)
def c231():
    class K(Slotted):
        __slots__ = (5,)
    return K
show(231, c231)
def c232():
    class K(Slotted):
        __slots__ = ('1a',)
    return K
show(232, c232)
def c233():
    class K(Slotted):
        __slots__ = ('__weakref__',)
    return K
show(233, c233)
def c234():
    class K(Slotted):
        __slots__ = ()
    return K
show(234, c234)
def c235():
    class K(Slotted):
        x = Named()
    return K
show(235, c235)
def c236():
    class K(Slotted):
        x = BadSetName()
    return K
show(236, c236)
def c237():
    class K(Slotted):
        __qualname__ = 5
    return K
show(237, c237)
def c238():
    class K(Slotted):
        __qualname__ = 'Q.R'
    return K
show(238, c238)
def c239():
    class K(Slotted):
        __module__ = 'mod'
    return K
show(239, c239)
def c240():
    class K(Slotted):
        __classcell__ = 5
    return K
show(240, c240)
def c241():
    class K(Slotted):
        def __init_subclass__(cls): pass
    return K
show(241, c241)
def c242():
    class K(Slotted):
        __init_subclass__ = 5
    return K
show(242, c242)
def c243():
    class K(Slotted):
        __doc__ = 'doc'
    return K
show(243, c243)
def c244():
    class K(Slotted):
        __class_getitem__ = lambda cls, k: k
    return K
show(244, c244)
def c245():
    class K(Slotted):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(245, c245)
def c246():
    class K(Slotted):
        __slots__ = {'a': 'doc of a'}
    return K
show(246, c246)
def c247():
    class K(Slotted):
        __slots__ = iter(['a', 'b'])
    return K
show(247, c247)
def c248():
    class K(Slotted):
        __slots__ = ['__dict__']
    return K
show(248, c248)
def c249():
    class K(Slotted):
        __slots__ = ['__weakref__', 'w']
    return K
show(249, c249)
def c250():
    class K(Slotted, Slotted2):
        pass
    return K
show(250, c250)
def c251():
    class K(Slotted, Slotted2):
        __slots__ = ('a', 'b')
    return K
show(251, c251)
def c252():
    class K(Slotted, Slotted2):
        __slots__ = 'a'
    return K
show(252, c252)
def c253():
    class K(Slotted, Slotted2):
        __slots__ = ('a', 'a')
    return K
show(253, c253)
def c254():
    class K(Slotted, Slotted2):
        __slots__ = ('__dict__', '__dict__')
    return K
show(254, c254)
def c255():
    class K(Slotted, Slotted2):
        __slots__ = ('a',)
        a = 5
    return K
show(255, c255)
def c256():
    class K(Slotted, Slotted2):
        __slots__ = (5,)
    return K
show(256, c256)
def c257():
    class K(Slotted, Slotted2):
        __slots__ = ('1a',)
    return K
show(257, c257)
def c258():
    class K(Slotted, Slotted2):
        __slots__ = ('__weakref__',)
    return K
show(258, c258)
def c259():
    class K(Slotted, Slotted2):
        __slots__ = ()
    return K
show(259, c259)
def c260():
    class K(Slotted, Slotted2):
        x = Named()
    return K
show(260, c260)
def c261():
    class K(Slotted, Slotted2):
        x = BadSetName()
    return K
show(261, c261)
def c262():
    class K(Slotted, Slotted2):
        __qualname__ = 5
    return K
show(262, c262)
def c263():
    class K(Slotted, Slotted2):
        __qualname__ = 'Q.R'
    return K
show(263, c263)
def c264():
    class K(Slotted, Slotted2):
        __module__ = 'mod'
    return K
show(264, c264)
def c265():
    class K(Slotted, Slotted2):
        __classcell__ = 5
    return K
show(265, c265)
def c266():
    class K(Slotted, Slotted2):
        def __init_subclass__(cls): pass
    return K
show(266, c266)
def c267():
    class K(Slotted, Slotted2):
        __init_subclass__ = 5
    return K
show(267, c267)
def c268():
    class K(Slotted, Slotted2):
        __doc__ = 'doc'
    return K
show(268, c268)
def c269():
    class K(Slotted, Slotted2):
        __class_getitem__ = lambda cls, k: k
    return K
show(269, c269)
def c270():
    class K(Slotted, Slotted2):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(270, c270)
def c271():
    class K(Slotted, Slotted2):
        __slots__ = {'a': 'doc of a'}
    return K
show(271, c271)
def c272():
    class K(Slotted, Slotted2):
        __slots__ = iter(['a', 'b'])
    return K
show(272, c272)
def c273():
    class K(Slotted, Slotted2):
        __slots__ = ['__dict__']
    return K
show(273, c273)
def c274():
    class K(Slotted, Slotted2):
        __slots__ = ['__weakref__', 'w']
    return K
show(274, c274)
def c275():
    class K(Meta1Based, Meta2Based):
        pass
    return K
show(275, c275)
def c276():
    class K(Meta1Based, Meta2Based):
        __slots__ = ('a', 'b')
    return K
show(276, c276)
def c277():
    class K(Meta1Based, Meta2Based):
        __slots__ = 'a'
    return K
show(277, c277)
def c278():
    class K(Meta1Based, Meta2Based):
        __slots__ = ('a', 'a')
    return K
show(278, c278)
def c279():
    class K(Meta1Based, Meta2Based):
        __slots__ = ('__dict__', '__dict__')
    return K
show(279, c279)
def c280():
    class K(Meta1Based, Meta2Based):
        __slots__ = ('a',)
        a = 5
    return K
show(280, c280)
def c281():
    class K(Meta1Based, Meta2Based):
        __slots__ = (5,)
    return K
show(281, c281)
def c282():
    class K(Meta1Based, Meta2Based):
        __slots__ = ('1a',)
    return K
show(282, c282)
def c283():
    class K(Meta1Based, Meta2Based):
        __slots__ = ('__weakref__',)
    return K
show(283, c283)
def c284():
    class K(Meta1Based, Meta2Based):
        __slots__ = ()
    return K
show(284, c284)
def c285():
    class K(Meta1Based, Meta2Based):
        x = Named()
    return K
show(285, c285)
def c286():
    class K(Meta1Based, Meta2Based):
        x = BadSetName()
    return K
show(286, c286)
def c287():
    class K(Meta1Based, Meta2Based):
        __qualname__ = 5
    return K
show(287, c287)
def c288():
    class K(Meta1Based, Meta2Based):
        __qualname__ = 'Q.R'
    return K
show(288, c288)
def c289():
    class K(Meta1Based, Meta2Based):
        __module__ = 'mod'
    return K
show(289, c289)
def c290():
    class K(Meta1Based, Meta2Based):
        __classcell__ = 5
    return K
show(290, c290)
def c291():
    class K(Meta1Based, Meta2Based):
        def __init_subclass__(cls): pass
    return K
show(291, c291)
def c292():
    class K(Meta1Based, Meta2Based):
        __init_subclass__ = 5
    return K
show(292, c292)
def c293():
    class K(Meta1Based, Meta2Based):
        __doc__ = 'doc'
    return K
show(293, c293)
def c294():
    class K(Meta1Based, Meta2Based):
        __class_getitem__ = lambda cls, k: k
    return K
show(294, c294)
def c295():
    class K(Meta1Based, Meta2Based):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(295, c295)
def c296():
    class K(Meta1Based, Meta2Based):
        __slots__ = {'a': 'doc of a'}
    return K
show(296, c296)
def c297():
    class K(Meta1Based, Meta2Based):
        __slots__ = iter(['a', 'b'])
    return K
show(297, c297)
def c298():
    class K(Meta1Based, Meta2Based):
        __slots__ = ['__dict__']
    return K
show(298, c298)
def c299():
    class K(Meta1Based, Meta2Based):
        __slots__ = ['__weakref__', 'w']
    return K
show(299, c299)
def c300():
    class K(dict, list):
        pass
    return K
show(300, c300)
def c301():
    class K(dict, list):
        __slots__ = ('a', 'b')
    return K
show(301, c301)
def c302():
    class K(dict, list):
        __slots__ = 'a'
    return K
show(302, c302)
def c303():
    class K(dict, list):
        __slots__ = ('a', 'a')
    return K
show(303, c303)
def c304():
    class K(dict, list):
        __slots__ = ('__dict__', '__dict__')
    return K
show(304, c304)
def c305():
    class K(dict, list):
        __slots__ = ('a',)
        a = 5
    return K
show(305, c305)
def c306():
    class K(dict, list):
        __slots__ = (5,)
    return K
show(306, c306)
def c307():
    class K(dict, list):
        __slots__ = ('1a',)
    return K
show(307, c307)
def c308():
    class K(dict, list):
        __slots__ = ('__weakref__',)
    return K
show(308, c308)
def c309():
    class K(dict, list):
        __slots__ = ()
    return K
show(309, c309)
def c310():
    class K(dict, list):
        x = Named()
    return K
show(310, c310)
def c311():
    class K(dict, list):
        x = BadSetName()
    return K
show(311, c311)
def c312():
    class K(dict, list):
        __qualname__ = 5
    return K
show(312, c312)
def c313():
    class K(dict, list):
        __qualname__ = 'Q.R'
    return K
show(313, c313)
def c314():
    class K(dict, list):
        __module__ = 'mod'
    return K
show(314, c314)
def c315():
    class K(dict, list):
        __classcell__ = 5
    return K
show(315, c315)
def c316():
    class K(dict, list):
        def __init_subclass__(cls): pass
    return K
show(316, c316)
def c317():
    class K(dict, list):
        __init_subclass__ = 5
    return K
show(317, c317)
def c318():
    class K(dict, list):
        __doc__ = 'doc'
    return K
show(318, c318)
def c319():
    class K(dict, list):
        __class_getitem__ = lambda cls, k: k
    return K
show(319, c319)
def c320():
    class K(dict, list):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(320, c320)
def c321():
    class K(dict, list):
        __slots__ = {'a': 'doc of a'}
    return K
show(321, c321)
def c322():
    class K(dict, list):
        __slots__ = iter(['a', 'b'])
    return K
show(322, c322)
def c323():
    class K(dict, list):
        __slots__ = ['__dict__']
    return K
show(323, c323)
def c324():
    class K(dict, list):
        __slots__ = ['__weakref__', 'w']
    return K
show(324, c324)
def c325():
    class K(Exception, int):
        pass
    return K
show(325, c325)
def c326():
    class K(Exception, int):
        __slots__ = ('a', 'b')
    return K
show(326, c326)
def c327():
    class K(Exception, int):
        __slots__ = 'a'
    return K
show(327, c327)
def c328():
    class K(Exception, int):
        __slots__ = ('a', 'a')
    return K
show(328, c328)
def c329():
    class K(Exception, int):
        __slots__ = ('__dict__', '__dict__')
    return K
show(329, c329)
def c330():
    class K(Exception, int):
        __slots__ = ('a',)
        a = 5
    return K
show(330, c330)
def c331():
    class K(Exception, int):
        __slots__ = (5,)
    return K
show(331, c331)
def c332():
    class K(Exception, int):
        __slots__ = ('1a',)
    return K
show(332, c332)
def c333():
    class K(Exception, int):
        __slots__ = ('__weakref__',)
    return K
show(333, c333)
def c334():
    class K(Exception, int):
        __slots__ = ()
    return K
show(334, c334)
def c335():
    class K(Exception, int):
        x = Named()
    return K
show(335, c335)
def c336():
    class K(Exception, int):
        x = BadSetName()
    return K
show(336, c336)
def c337():
    class K(Exception, int):
        __qualname__ = 5
    return K
show(337, c337)
def c338():
    class K(Exception, int):
        __qualname__ = 'Q.R'
    return K
show(338, c338)
def c339():
    class K(Exception, int):
        __module__ = 'mod'
    return K
show(339, c339)
def c340():
    class K(Exception, int):
        __classcell__ = 5
    return K
show(340, c340)
def c341():
    class K(Exception, int):
        def __init_subclass__(cls): pass
    return K
show(341, c341)
def c342():
    class K(Exception, int):
        __init_subclass__ = 5
    return K
show(342, c342)
def c343():
    class K(Exception, int):
        __doc__ = 'doc'
    return K
show(343, c343)
def c344():
    class K(Exception, int):
        __class_getitem__ = lambda cls, k: k
    return K
show(344, c344)
def c345():
    class K(Exception, int):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(345, c345)
def c346():
    class K(Exception, int):
        __slots__ = {'a': 'doc of a'}
    return K
show(346, c346)
def c347():
    class K(Exception, int):
        __slots__ = iter(['a', 'b'])
    return K
show(347, c347)
def c348():
    class K(Exception, int):
        __slots__ = ['__dict__']
    return K
show(348, c348)
def c349():
    class K(Exception, int):
        __slots__ = ['__weakref__', 'w']
    return K
show(349, c349)
def c350():
    class K(BaseException, KeyError):
        pass
    return K
show(350, c350)
def c351():
    class K(BaseException, KeyError):
        __slots__ = ('a', 'b')
    return K
show(351, c351)
def c352():
    class K(BaseException, KeyError):
        __slots__ = 'a'
    return K
show(352, c352)
def c353():
    class K(BaseException, KeyError):
        __slots__ = ('a', 'a')
    return K
show(353, c353)
def c354():
    class K(BaseException, KeyError):
        __slots__ = ('__dict__', '__dict__')
    return K
show(354, c354)
def c355():
    class K(BaseException, KeyError):
        __slots__ = ('a',)
        a = 5
    return K
show(355, c355)
def c356():
    class K(BaseException, KeyError):
        __slots__ = (5,)
    return K
show(356, c356)
def c357():
    class K(BaseException, KeyError):
        __slots__ = ('1a',)
    return K
show(357, c357)
def c358():
    class K(BaseException, KeyError):
        __slots__ = ('__weakref__',)
    return K
show(358, c358)
def c359():
    class K(BaseException, KeyError):
        __slots__ = ()
    return K
show(359, c359)
def c360():
    class K(BaseException, KeyError):
        x = Named()
    return K
show(360, c360)
def c361():
    class K(BaseException, KeyError):
        x = BadSetName()
    return K
show(361, c361)
def c362():
    class K(BaseException, KeyError):
        __qualname__ = 5
    return K
show(362, c362)
def c363():
    class K(BaseException, KeyError):
        __qualname__ = 'Q.R'
    return K
show(363, c363)
def c364():
    class K(BaseException, KeyError):
        __module__ = 'mod'
    return K
show(364, c364)
def c365():
    class K(BaseException, KeyError):
        __classcell__ = 5
    return K
show(365, c365)
def c366():
    class K(BaseException, KeyError):
        def __init_subclass__(cls): pass
    return K
show(366, c366)
def c367():
    class K(BaseException, KeyError):
        __init_subclass__ = 5
    return K
show(367, c367)
def c368():
    class K(BaseException, KeyError):
        __doc__ = 'doc'
    return K
show(368, c368)
def c369():
    class K(BaseException, KeyError):
        __class_getitem__ = lambda cls, k: k
    return K
show(369, c369)
def c370():
    class K(BaseException, KeyError):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(370, c370)
def c371():
    class K(BaseException, KeyError):
        __slots__ = {'a': 'doc of a'}
    return K
show(371, c371)
def c372():
    class K(BaseException, KeyError):
        __slots__ = iter(['a', 'b'])
    return K
show(372, c372)
def c373():
    class K(BaseException, KeyError):
        __slots__ = ['__dict__']
    return K
show(373, c373)
def c374():
    class K(BaseException, KeyError):
        __slots__ = ['__weakref__', 'w']
    return K
show(374, c374)
def c375():
    class K(Final):
        pass
    return K
show(375, c375)
def c376():
    class K(Final):
        __slots__ = ('a', 'b')
    return K
show(376, c376)
def c377():
    class K(Final):
        __slots__ = 'a'
    return K
show(377, c377)
def c378():
    class K(Final):
        __slots__ = ('a', 'a')
    return K
show(378, c378)
def c379():
    class K(Final):
        __slots__ = ('__dict__', '__dict__')
    return K
show(379, c379)
def c380():
    class K(Final):
        __slots__ = ('a',)
        a = 5
    return K
show(380, c380)
def c381():
    class K(Final):
        __slots__ = (5,)
    return K
show(381, c381)
def c382():
    class K(Final):
        __slots__ = ('1a',)
    return K
show(382, c382)
def c383():
    class K(Final):
        __slots__ = ('__weakref__',)
    return K
show(383, c383)
def c384():
    class K(Final):
        __slots__ = ()
    return K
show(384, c384)
def c385():
    class K(Final):
        x = Named()
    return K
show(385, c385)
def c386():
    class K(Final):
        x = BadSetName()
    return K
show(386, c386)
def c387():
    class K(Final):
        __qualname__ = 5
    return K
show(387, c387)
def c388():
    class K(Final):
        __qualname__ = 'Q.R'
    return K
show(388, c388)
def c389():
    class K(Final):
        __module__ = 'mod'
    return K
show(389, c389)
def c390():
    class K(Final):
        __classcell__ = 5
    return K
show(390, c390)
def c391():
    class K(Final):
        def __init_subclass__(cls): pass
    return K
show(391, c391)
def c392():
    class K(Final):
        __init_subclass__ = 5
    return K
show(392, c392)
def c393():
    class K(Final):
        __doc__ = 'doc'
    return K
show(393, c393)
def c394():
    class K(Final):
        __class_getitem__ = lambda cls, k: k
    return K
show(394, c394)
def c395():
    class K(Final):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(395, c395)
def c396():
    class K(Final):
        __slots__ = {'a': 'doc of a'}
    return K
show(396, c396)
def c397():
    class K(Final):
        __slots__ = iter(['a', 'b'])
    return K
show(397, c397)
def c398():
    class K(Final):
        __slots__ = ['__dict__']
    return K
show(398, c398)
def c399():
    class K(Final):
        __slots__ = ['__weakref__', 'w']
    return K
show(399, c399)
def c400():
    class K(bool):
        pass
    return K
show(400, c400)
def c401():
    class K(bool):
        __slots__ = ('a', 'b')
    return K
show(401, c401)
def c402():
    class K(bool):
        __slots__ = 'a'
    return K
show(402, c402)
def c403():
    class K(bool):
        __slots__ = ('a', 'a')
    return K
show(403, c403)
def c404():
    class K(bool):
        __slots__ = ('__dict__', '__dict__')
    return K
show(404, c404)
def c405():
    class K(bool):
        __slots__ = ('a',)
        a = 5
    return K
show(405, c405)
def c406():
    class K(bool):
        __slots__ = (5,)
    return K
show(406, c406)
def c407():
    class K(bool):
        __slots__ = ('1a',)
    return K
show(407, c407)
def c408():
    class K(bool):
        __slots__ = ('__weakref__',)
    return K
show(408, c408)
def c409():
    class K(bool):
        __slots__ = ()
    return K
show(409, c409)
def c410():
    class K(bool):
        x = Named()
    return K
show(410, c410)
def c411():
    class K(bool):
        x = BadSetName()
    return K
show(411, c411)
def c412():
    class K(bool):
        __qualname__ = 5
    return K
show(412, c412)
def c413():
    class K(bool):
        __qualname__ = 'Q.R'
    return K
show(413, c413)
def c414():
    class K(bool):
        __module__ = 'mod'
    return K
show(414, c414)
def c415():
    class K(bool):
        __classcell__ = 5
    return K
show(415, c415)
def c416():
    class K(bool):
        def __init_subclass__(cls): pass
    return K
show(416, c416)
def c417():
    class K(bool):
        __init_subclass__ = 5
    return K
show(417, c417)
def c418():
    class K(bool):
        __doc__ = 'doc'
    return K
show(418, c418)
def c419():
    class K(bool):
        __class_getitem__ = lambda cls, k: k
    return K
show(419, c419)
def c420():
    class K(bool):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(420, c420)
def c421():
    class K(bool):
        __slots__ = {'a': 'doc of a'}
    return K
show(421, c421)
def c422():
    class K(bool):
        __slots__ = iter(['a', 'b'])
    return K
show(422, c422)
def c423():
    class K(bool):
        __slots__ = ['__dict__']
    return K
show(423, c423)
def c424():
    class K(bool):
        __slots__ = ['__weakref__', 'w']
    return K
show(424, c424)
def c425():
    class K(type):
        pass
    return K
show(425, c425)
def c426():
    class K(type):
        __slots__ = ('a', 'b')
    return K
show(426, c426)
def c427():
    class K(type):
        __slots__ = 'a'
    return K
show(427, c427)
def c428():
    class K(type):
        __slots__ = ('a', 'a')
    return K
show(428, c428)
def c429():
    class K(type):
        __slots__ = ('__dict__', '__dict__')
    return K
show(429, c429)
def c430():
    class K(type):
        __slots__ = ('a',)
        a = 5
    return K
show(430, c430)
def c431():
    class K(type):
        __slots__ = (5,)
    return K
show(431, c431)
def c432():
    class K(type):
        __slots__ = ('1a',)
    return K
show(432, c432)
def c433():
    class K(type):
        __slots__ = ('__weakref__',)
    return K
show(433, c433)
def c434():
    class K(type):
        __slots__ = ()
    return K
show(434, c434)
def c435():
    class K(type):
        x = Named()
    return K
show(435, c435)
def c436():
    class K(type):
        x = BadSetName()
    return K
show(436, c436)
def c437():
    class K(type):
        __qualname__ = 5
    return K
show(437, c437)
def c438():
    class K(type):
        __qualname__ = 'Q.R'
    return K
show(438, c438)
def c439():
    class K(type):
        __module__ = 'mod'
    return K
show(439, c439)
def c440():
    class K(type):
        __classcell__ = 5
    return K
show(440, c440)
def c441():
    class K(type):
        def __init_subclass__(cls): pass
    return K
show(441, c441)
def c442():
    class K(type):
        __init_subclass__ = 5
    return K
show(442, c442)
def c443():
    class K(type):
        __doc__ = 'doc'
    return K
show(443, c443)
def c444():
    class K(type):
        __class_getitem__ = lambda cls, k: k
    return K
show(444, c444)
def c445():
    class K(type):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(445, c445)
def c446():
    class K(type):
        __slots__ = {'a': 'doc of a'}
    return K
show(446, c446)
def c447():
    class K(type):
        __slots__ = iter(['a', 'b'])
    return K
show(447, c447)
def c448():
    class K(type):
        __slots__ = ['__dict__']
    return K
show(448, c448)
def c449():
    class K(type):
        __slots__ = ['__weakref__', 'w']
    return K
show(449, c449)
def c450():
    class K(object, A):
        pass
    return K
show(450, c450)
def c451():
    class K(object, A):
        __slots__ = ('a', 'b')
    return K
show(451, c451)
def c452():
    class K(object, A):
        __slots__ = 'a'
    return K
show(452, c452)
def c453():
    class K(object, A):
        __slots__ = ('a', 'a')
    return K
show(453, c453)
def c454():
    class K(object, A):
        __slots__ = ('__dict__', '__dict__')
    return K
show(454, c454)
def c455():
    class K(object, A):
        __slots__ = ('a',)
        a = 5
    return K
show(455, c455)
def c456():
    class K(object, A):
        __slots__ = (5,)
    return K
show(456, c456)
def c457():
    class K(object, A):
        __slots__ = ('1a',)
    return K
show(457, c457)
def c458():
    class K(object, A):
        __slots__ = ('__weakref__',)
    return K
show(458, c458)
def c459():
    class K(object, A):
        __slots__ = ()
    return K
show(459, c459)
def c460():
    class K(object, A):
        x = Named()
    return K
show(460, c460)
def c461():
    class K(object, A):
        x = BadSetName()
    return K
show(461, c461)
def c462():
    class K(object, A):
        __qualname__ = 5
    return K
show(462, c462)
def c463():
    class K(object, A):
        __qualname__ = 'Q.R'
    return K
show(463, c463)
def c464():
    class K(object, A):
        __module__ = 'mod'
    return K
show(464, c464)
def c465():
    class K(object, A):
        __classcell__ = 5
    return K
show(465, c465)
def c466():
    class K(object, A):
        def __init_subclass__(cls): pass
    return K
show(466, c466)
def c467():
    class K(object, A):
        __init_subclass__ = 5
    return K
show(467, c467)
def c468():
    class K(object, A):
        __doc__ = 'doc'
    return K
show(468, c468)
def c469():
    class K(object, A):
        __class_getitem__ = lambda cls, k: k
    return K
show(469, c469)
def c470():
    class K(object, A):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(470, c470)
def c471():
    class K(object, A):
        __slots__ = {'a': 'doc of a'}
    return K
show(471, c471)
def c472():
    class K(object, A):
        __slots__ = iter(['a', 'b'])
    return K
show(472, c472)
def c473():
    class K(object, A):
        __slots__ = ['__dict__']
    return K
show(473, c473)
def c474():
    class K(object, A):
        __slots__ = ['__weakref__', 'w']
    return K
show(474, c474)
def c475():
    class K(A, object):
        pass
    return K
show(475, c475)
def c476():
    class K(A, object):
        __slots__ = ('a', 'b')
    return K
show(476, c476)
def c477():
    class K(A, object):
        __slots__ = 'a'
    return K
show(477, c477)
def c478():
    class K(A, object):
        __slots__ = ('a', 'a')
    return K
show(478, c478)
def c479():
    class K(A, object):
        __slots__ = ('__dict__', '__dict__')
    return K
show(479, c479)
def c480():
    class K(A, object):
        __slots__ = ('a',)
        a = 5
    return K
show(480, c480)
def c481():
    class K(A, object):
        __slots__ = (5,)
    return K
show(481, c481)
def c482():
    class K(A, object):
        __slots__ = ('1a',)
    return K
show(482, c482)
def c483():
    class K(A, object):
        __slots__ = ('__weakref__',)
    return K
show(483, c483)
def c484():
    class K(A, object):
        __slots__ = ()
    return K
show(484, c484)
def c485():
    class K(A, object):
        x = Named()
    return K
show(485, c485)
def c486():
    class K(A, object):
        x = BadSetName()
    return K
show(486, c486)
def c487():
    class K(A, object):
        __qualname__ = 5
    return K
show(487, c487)
def c488():
    class K(A, object):
        __qualname__ = 'Q.R'
    return K
show(488, c488)
def c489():
    class K(A, object):
        __module__ = 'mod'
    return K
show(489, c489)
def c490():
    class K(A, object):
        __classcell__ = 5
    return K
show(490, c490)
def c491():
    class K(A, object):
        def __init_subclass__(cls): pass
    return K
show(491, c491)
def c492():
    class K(A, object):
        __init_subclass__ = 5
    return K
show(492, c492)
def c493():
    class K(A, object):
        __doc__ = 'doc'
    return K
show(493, c493)
def c494():
    class K(A, object):
        __class_getitem__ = lambda cls, k: k
    return K
show(494, c494)
def c495():
    class K(A, object):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(495, c495)
def c496():
    class K(A, object):
        __slots__ = {'a': 'doc of a'}
    return K
show(496, c496)
def c497():
    class K(A, object):
        __slots__ = iter(['a', 'b'])
    return K
show(497, c497)
def c498():
    class K(A, object):
        __slots__ = ['__dict__']
    return K
show(498, c498)
def c499():
    class K(A, object):
        __slots__ = ['__weakref__', 'w']
    return K
show(499, c499)
def c500():
    class K(SlottedEmpty, SlottedEmpty2):
        pass
    return K
show(500, c500)
def c501():
    class K(SlottedEmpty, SlottedEmpty2):
        __slots__ = ('a', 'b')
    return K
show(501, c501)
def c502():
    class K(SlottedEmpty, SlottedEmpty2):
        __slots__ = 'a'
    return K
show(502, c502)
def c503():
    class K(SlottedEmpty, SlottedEmpty2):
        __slots__ = ('a', 'a')
    return K
show(503, c503)
def c504():
    class K(SlottedEmpty, SlottedEmpty2):
        __slots__ = ('__dict__', '__dict__')
    return K
show(504, c504)
def c505():
    class K(SlottedEmpty, SlottedEmpty2):
        __slots__ = ('a',)
        a = 5
    return K
show(505, c505)
def c506():
    class K(SlottedEmpty, SlottedEmpty2):
        __slots__ = (5,)
    return K
show(506, c506)
def c507():
    class K(SlottedEmpty, SlottedEmpty2):
        __slots__ = ('1a',)
    return K
show(507, c507)
def c508():
    class K(SlottedEmpty, SlottedEmpty2):
        __slots__ = ('__weakref__',)
    return K
show(508, c508)
def c509():
    class K(SlottedEmpty, SlottedEmpty2):
        __slots__ = ()
    return K
show(509, c509)
def c510():
    class K(SlottedEmpty, SlottedEmpty2):
        x = Named()
    return K
show(510, c510)
def c511():
    class K(SlottedEmpty, SlottedEmpty2):
        x = BadSetName()
    return K
show(511, c511)
def c512():
    class K(SlottedEmpty, SlottedEmpty2):
        __qualname__ = 5
    return K
show(512, c512)
def c513():
    class K(SlottedEmpty, SlottedEmpty2):
        __qualname__ = 'Q.R'
    return K
show(513, c513)
def c514():
    class K(SlottedEmpty, SlottedEmpty2):
        __module__ = 'mod'
    return K
show(514, c514)
def c515():
    class K(SlottedEmpty, SlottedEmpty2):
        __classcell__ = 5
    return K
show(515, c515)
def c516():
    class K(SlottedEmpty, SlottedEmpty2):
        def __init_subclass__(cls): pass
    return K
show(516, c516)
def c517():
    class K(SlottedEmpty, SlottedEmpty2):
        __init_subclass__ = 5
    return K
show(517, c517)
def c518():
    class K(SlottedEmpty, SlottedEmpty2):
        __doc__ = 'doc'
    return K
show(518, c518)
def c519():
    class K(SlottedEmpty, SlottedEmpty2):
        __class_getitem__ = lambda cls, k: k
    return K
show(519, c519)
def c520():
    class K(SlottedEmpty, SlottedEmpty2):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(520, c520)
def c521():
    class K(SlottedEmpty, SlottedEmpty2):
        __slots__ = {'a': 'doc of a'}
    return K
show(521, c521)
def c522():
    class K(SlottedEmpty, SlottedEmpty2):
        __slots__ = iter(['a', 'b'])
    return K
show(522, c522)
def c523():
    class K(SlottedEmpty, SlottedEmpty2):
        __slots__ = ['__dict__']
    return K
show(523, c523)
def c524():
    class K(SlottedEmpty, SlottedEmpty2):
        __slots__ = ['__weakref__', 'w']
    return K
show(524, c524)
def c525():
    class K(tuple):
        pass
    return K
show(525, c525)
def c526():
    class K(tuple):
        __slots__ = ('a', 'b')
    return K
show(526, c526)
def c527():
    class K(tuple):
        __slots__ = 'a'
    return K
show(527, c527)
def c528():
    class K(tuple):
        __slots__ = ('a', 'a')
    return K
show(528, c528)
def c529():
    class K(tuple):
        __slots__ = ('__dict__', '__dict__')
    return K
show(529, c529)
def c530():
    class K(tuple):
        __slots__ = ('a',)
        a = 5
    return K
show(530, c530)
def c531():
    class K(tuple):
        __slots__ = (5,)
    return K
show(531, c531)
def c532():
    class K(tuple):
        __slots__ = ('1a',)
    return K
show(532, c532)
def c533():
    class K(tuple):
        __slots__ = ('__weakref__',)
    return K
show(533, c533)
def c534():
    class K(tuple):
        __slots__ = ()
    return K
show(534, c534)
def c535():
    class K(tuple):
        x = Named()
    return K
show(535, c535)
def c536():
    class K(tuple):
        x = BadSetName()
    return K
show(536, c536)
def c537():
    class K(tuple):
        __qualname__ = 5
    return K
show(537, c537)
def c538():
    class K(tuple):
        __qualname__ = 'Q.R'
    return K
show(538, c538)
def c539():
    class K(tuple):
        __module__ = 'mod'
    return K
show(539, c539)
def c540():
    class K(tuple):
        __classcell__ = 5
    return K
show(540, c540)
def c541():
    class K(tuple):
        def __init_subclass__(cls): pass
    return K
show(541, c541)
def c542():
    class K(tuple):
        __init_subclass__ = 5
    return K
show(542, c542)
def c543():
    class K(tuple):
        __doc__ = 'doc'
    return K
show(543, c543)
def c544():
    class K(tuple):
        __class_getitem__ = lambda cls, k: k
    return K
show(544, c544)
def c545():
    class K(tuple):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(545, c545)
def c546():
    class K(tuple):
        __slots__ = {'a': 'doc of a'}
    return K
show(546, c546)
def c547():
    class K(tuple):
        __slots__ = iter(['a', 'b'])
    return K
show(547, c547)
def c548():
    class K(tuple):
        __slots__ = ['__dict__']
    return K
show(548, c548)
def c549():
    class K(tuple):
        __slots__ = ['__weakref__', 'w']
    return K
show(549, c549)
def c550():
    class K(5):
        pass
    return K
show(550, c550)
def c551():
    class K(5):
        __slots__ = ('a', 'b')
    return K
show(551, c551)
def c552():
    class K(5):
        __slots__ = 'a'
    return K
show(552, c552)
def c553():
    class K(5):
        __slots__ = ('a', 'a')
    return K
show(553, c553)
def c554():
    class K(5):
        __slots__ = ('__dict__', '__dict__')
    return K
show(554, c554)
def c555():
    class K(5):
        __slots__ = ('a',)
        a = 5
    return K
show(555, c555)
def c556():
    class K(5):
        __slots__ = (5,)
    return K
show(556, c556)
def c557():
    class K(5):
        __slots__ = ('1a',)
    return K
show(557, c557)
def c558():
    class K(5):
        __slots__ = ('__weakref__',)
    return K
show(558, c558)
def c559():
    class K(5):
        __slots__ = ()
    return K
show(559, c559)
def c560():
    class K(5):
        x = Named()
    return K
show(560, c560)
def c561():
    class K(5):
        x = BadSetName()
    return K
show(561, c561)
def c562():
    class K(5):
        __qualname__ = 5
    return K
show(562, c562)
def c563():
    class K(5):
        __qualname__ = 'Q.R'
    return K
show(563, c563)
def c564():
    class K(5):
        __module__ = 'mod'
    return K
show(564, c564)
def c565():
    class K(5):
        __classcell__ = 5
    return K
show(565, c565)
def c566():
    class K(5):
        def __init_subclass__(cls): pass
    return K
show(566, c566)
def c567():
    class K(5):
        __init_subclass__ = 5
    return K
show(567, c567)
def c568():
    class K(5):
        __doc__ = 'doc'
    return K
show(568, c568)
def c569():
    class K(5):
        __class_getitem__ = lambda cls, k: k
    return K
show(569, c569)
def c570():
    class K(5):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(570, c570)
def c571():
    class K(5):
        __slots__ = {'a': 'doc of a'}
    return K
show(571, c571)
def c572():
    class K(5):
        __slots__ = iter(['a', 'b'])
    return K
show(572, c572)
def c573():
    class K(5):
        __slots__ = ['__dict__']
    return K
show(573, c573)
def c574():
    class K(5):
        __slots__ = ['__weakref__', 'w']
    return K
show(574, c574)
def c575():
    class K(None):
        pass
    return K
show(575, c575)
def c576():
    class K(None):
        __slots__ = ('a', 'b')
    return K
show(576, c576)
def c577():
    class K(None):
        __slots__ = 'a'
    return K
show(577, c577)
def c578():
    class K(None):
        __slots__ = ('a', 'a')
    return K
show(578, c578)
def c579():
    class K(None):
        __slots__ = ('__dict__', '__dict__')
    return K
show(579, c579)
def c580():
    class K(None):
        __slots__ = ('a',)
        a = 5
    return K
show(580, c580)
def c581():
    class K(None):
        __slots__ = (5,)
    return K
show(581, c581)
def c582():
    class K(None):
        __slots__ = ('1a',)
    return K
show(582, c582)
def c583():
    class K(None):
        __slots__ = ('__weakref__',)
    return K
show(583, c583)
def c584():
    class K(None):
        __slots__ = ()
    return K
show(584, c584)
def c585():
    class K(None):
        x = Named()
    return K
show(585, c585)
def c586():
    class K(None):
        x = BadSetName()
    return K
show(586, c586)
def c587():
    class K(None):
        __qualname__ = 5
    return K
show(587, c587)
def c588():
    class K(None):
        __qualname__ = 'Q.R'
    return K
show(588, c588)
def c589():
    class K(None):
        __module__ = 'mod'
    return K
show(589, c589)
def c590():
    class K(None):
        __classcell__ = 5
    return K
show(590, c590)
def c591():
    class K(None):
        def __init_subclass__(cls): pass
    return K
show(591, c591)
def c592():
    class K(None):
        __init_subclass__ = 5
    return K
show(592, c592)
def c593():
    class K(None):
        __doc__ = 'doc'
    return K
show(593, c593)
def c594():
    class K(None):
        __class_getitem__ = lambda cls, k: k
    return K
show(594, c594)
def c595():
    class K(None):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(595, c595)
def c596():
    class K(None):
        __slots__ = {'a': 'doc of a'}
    return K
show(596, c596)
def c597():
    class K(None):
        __slots__ = iter(['a', 'b'])
    return K
show(597, c597)
def c598():
    class K(None):
        __slots__ = ['__dict__']
    return K
show(598, c598)
def c599():
    class K(None):
        __slots__ = ['__weakref__', 'w']
    return K
show(599, c599)
def c600():
    class K(A, metaclass=Meta1):
        pass
    return K
show(600, c600)
def c601():
    class K(A, metaclass=Meta1):
        __slots__ = ('a', 'b')
    return K
show(601, c601)
def c602():
    class K(A, metaclass=Meta1):
        __slots__ = 'a'
    return K
show(602, c602)
def c603():
    class K(A, metaclass=Meta1):
        __slots__ = ('a', 'a')
    return K
show(603, c603)
def c604():
    class K(A, metaclass=Meta1):
        __slots__ = ('__dict__', '__dict__')
    return K
show(604, c604)
def c605():
    class K(A, metaclass=Meta1):
        __slots__ = ('a',)
        a = 5
    return K
show(605, c605)
def c606():
    class K(A, metaclass=Meta1):
        __slots__ = (5,)
    return K
show(606, c606)
def c607():
    class K(A, metaclass=Meta1):
        __slots__ = ('1a',)
    return K
show(607, c607)
def c608():
    class K(A, metaclass=Meta1):
        __slots__ = ('__weakref__',)
    return K
show(608, c608)
def c609():
    class K(A, metaclass=Meta1):
        __slots__ = ()
    return K
show(609, c609)
def c610():
    class K(A, metaclass=Meta1):
        x = Named()
    return K
show(610, c610)
def c611():
    class K(A, metaclass=Meta1):
        x = BadSetName()
    return K
show(611, c611)
def c612():
    class K(A, metaclass=Meta1):
        __qualname__ = 5
    return K
show(612, c612)
def c613():
    class K(A, metaclass=Meta1):
        __qualname__ = 'Q.R'
    return K
show(613, c613)
def c614():
    class K(A, metaclass=Meta1):
        __module__ = 'mod'
    return K
show(614, c614)
def c615():
    class K(A, metaclass=Meta1):
        __classcell__ = 5
    return K
show(615, c615)
def c616():
    class K(A, metaclass=Meta1):
        def __init_subclass__(cls): pass
    return K
show(616, c616)
def c617():
    class K(A, metaclass=Meta1):
        __init_subclass__ = 5
    return K
show(617, c617)
def c618():
    class K(A, metaclass=Meta1):
        __doc__ = 'doc'
    return K
show(618, c618)
def c619():
    class K(A, metaclass=Meta1):
        __class_getitem__ = lambda cls, k: k
    return K
show(619, c619)
def c620():
    class K(A, metaclass=Meta1):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(620, c620)
def c621():
    class K(A, metaclass=Meta1):
        __slots__ = {'a': 'doc of a'}
    return K
show(621, c621)
def c622():
    class K(A, metaclass=Meta1):
        __slots__ = iter(['a', 'b'])
    return K
show(622, c622)
def c623():
    class K(A, metaclass=Meta1):
        __slots__ = ['__dict__']
    return K
show(623, c623)
def c624():
    class K(A, metaclass=Meta1):
        __slots__ = ['__weakref__', 'w']
    return K
show(624, c624)
def c625():
    class K(Meta1Based, metaclass=type):
        pass
    return K
show(625, c625)
def c626():
    class K(Meta1Based, metaclass=type):
        __slots__ = ('a', 'b')
    return K
show(626, c626)
def c627():
    class K(Meta1Based, metaclass=type):
        __slots__ = 'a'
    return K
show(627, c627)
def c628():
    class K(Meta1Based, metaclass=type):
        __slots__ = ('a', 'a')
    return K
show(628, c628)
def c629():
    class K(Meta1Based, metaclass=type):
        __slots__ = ('__dict__', '__dict__')
    return K
show(629, c629)
def c630():
    class K(Meta1Based, metaclass=type):
        __slots__ = ('a',)
        a = 5
    return K
show(630, c630)
def c631():
    class K(Meta1Based, metaclass=type):
        __slots__ = (5,)
    return K
show(631, c631)
def c632():
    class K(Meta1Based, metaclass=type):
        __slots__ = ('1a',)
    return K
show(632, c632)
def c633():
    class K(Meta1Based, metaclass=type):
        __slots__ = ('__weakref__',)
    return K
show(633, c633)
def c634():
    class K(Meta1Based, metaclass=type):
        __slots__ = ()
    return K
show(634, c634)
def c635():
    class K(Meta1Based, metaclass=type):
        x = Named()
    return K
show(635, c635)
def c636():
    class K(Meta1Based, metaclass=type):
        x = BadSetName()
    return K
show(636, c636)
def c637():
    class K(Meta1Based, metaclass=type):
        __qualname__ = 5
    return K
show(637, c637)
def c638():
    class K(Meta1Based, metaclass=type):
        __qualname__ = 'Q.R'
    return K
show(638, c638)
def c639():
    class K(Meta1Based, metaclass=type):
        __module__ = 'mod'
    return K
show(639, c639)
def c640():
    class K(Meta1Based, metaclass=type):
        __classcell__ = 5
    return K
show(640, c640)
def c641():
    class K(Meta1Based, metaclass=type):
        def __init_subclass__(cls): pass
    return K
show(641, c641)
def c642():
    class K(Meta1Based, metaclass=type):
        __init_subclass__ = 5
    return K
show(642, c642)
def c643():
    class K(Meta1Based, metaclass=type):
        __doc__ = 'doc'
    return K
show(643, c643)
def c644():
    class K(Meta1Based, metaclass=type):
        __class_getitem__ = lambda cls, k: k
    return K
show(644, c644)
def c645():
    class K(Meta1Based, metaclass=type):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(645, c645)
def c646():
    class K(Meta1Based, metaclass=type):
        __slots__ = {'a': 'doc of a'}
    return K
show(646, c646)
def c647():
    class K(Meta1Based, metaclass=type):
        __slots__ = iter(['a', 'b'])
    return K
show(647, c647)
def c648():
    class K(Meta1Based, metaclass=type):
        __slots__ = ['__dict__']
    return K
show(648, c648)
def c649():
    class K(Meta1Based, metaclass=type):
        __slots__ = ['__weakref__', 'w']
    return K
show(649, c649)
def c650():
    class K(metaclass=NotAType):
        pass
    return K
show(650, c650)
def c651():
    class K(metaclass=NotAType):
        __slots__ = ('a', 'b')
    return K
show(651, c651)
def c652():
    class K(metaclass=NotAType):
        __slots__ = 'a'
    return K
show(652, c652)
def c653():
    class K(metaclass=NotAType):
        __slots__ = ('a', 'a')
    return K
show(653, c653)
def c654():
    class K(metaclass=NotAType):
        __slots__ = ('__dict__', '__dict__')
    return K
show(654, c654)
def c655():
    class K(metaclass=NotAType):
        __slots__ = ('a',)
        a = 5
    return K
show(655, c655)
def c656():
    class K(metaclass=NotAType):
        __slots__ = (5,)
    return K
show(656, c656)
def c657():
    class K(metaclass=NotAType):
        __slots__ = ('1a',)
    return K
show(657, c657)
def c658():
    class K(metaclass=NotAType):
        __slots__ = ('__weakref__',)
    return K
show(658, c658)
def c659():
    class K(metaclass=NotAType):
        __slots__ = ()
    return K
show(659, c659)
def c660():
    class K(metaclass=NotAType):
        x = Named()
    return K
show(660, c660)
def c661():
    class K(metaclass=NotAType):
        x = BadSetName()
    return K
show(661, c661)
def c662():
    class K(metaclass=NotAType):
        __qualname__ = 5
    return K
show(662, c662)
def c663():
    class K(metaclass=NotAType):
        __qualname__ = 'Q.R'
    return K
show(663, c663)
def c664():
    class K(metaclass=NotAType):
        __module__ = 'mod'
    return K
show(664, c664)
def c665():
    class K(metaclass=NotAType):
        __classcell__ = 5
    return K
show(665, c665)
def c666():
    class K(metaclass=NotAType):
        def __init_subclass__(cls): pass
    return K
show(666, c666)
def c667():
    class K(metaclass=NotAType):
        __init_subclass__ = 5
    return K
show(667, c667)
def c668():
    class K(metaclass=NotAType):
        __doc__ = 'doc'
    return K
show(668, c668)
def c669():
    class K(metaclass=NotAType):
        __class_getitem__ = lambda cls, k: k
    return K
show(669, c669)
def c670():
    class K(metaclass=NotAType):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(670, c670)
def c671():
    class K(metaclass=NotAType):
        __slots__ = {'a': 'doc of a'}
    return K
show(671, c671)
def c672():
    class K(metaclass=NotAType):
        __slots__ = iter(['a', 'b'])
    return K
show(672, c672)
def c673():
    class K(metaclass=NotAType):
        __slots__ = ['__dict__']
    return K
show(673, c673)
def c674():
    class K(metaclass=NotAType):
        __slots__ = ['__weakref__', 'w']
    return K
show(674, c674)
def c675():
    class K(metaclass=lambda n, b, d: 42):
        pass
    return K
show(675, c675)
def c676():
    class K(metaclass=lambda n, b, d: 42):
        __slots__ = ('a', 'b')
    return K
show(676, c676)
def c677():
    class K(metaclass=lambda n, b, d: 42):
        __slots__ = 'a'
    return K
show(677, c677)
def c678():
    class K(metaclass=lambda n, b, d: 42):
        __slots__ = ('a', 'a')
    return K
show(678, c678)
def c679():
    class K(metaclass=lambda n, b, d: 42):
        __slots__ = ('__dict__', '__dict__')
    return K
show(679, c679)
def c680():
    class K(metaclass=lambda n, b, d: 42):
        __slots__ = ('a',)
        a = 5
    return K
show(680, c680)
def c681():
    class K(metaclass=lambda n, b, d: 42):
        __slots__ = (5,)
    return K
show(681, c681)
def c682():
    class K(metaclass=lambda n, b, d: 42):
        __slots__ = ('1a',)
    return K
show(682, c682)
def c683():
    class K(metaclass=lambda n, b, d: 42):
        __slots__ = ('__weakref__',)
    return K
show(683, c683)
def c684():
    class K(metaclass=lambda n, b, d: 42):
        __slots__ = ()
    return K
show(684, c684)
def c685():
    class K(metaclass=lambda n, b, d: 42):
        x = Named()
    return K
show(685, c685)
def c686():
    class K(metaclass=lambda n, b, d: 42):
        x = BadSetName()
    return K
show(686, c686)
def c687():
    class K(metaclass=lambda n, b, d: 42):
        __qualname__ = 5
    return K
show(687, c687)
def c688():
    class K(metaclass=lambda n, b, d: 42):
        __qualname__ = 'Q.R'
    return K
show(688, c688)
def c689():
    class K(metaclass=lambda n, b, d: 42):
        __module__ = 'mod'
    return K
show(689, c689)
def c690():
    class K(metaclass=lambda n, b, d: 42):
        __classcell__ = 5
    return K
show(690, c690)
def c691():
    class K(metaclass=lambda n, b, d: 42):
        def __init_subclass__(cls): pass
    return K
show(691, c691)
def c692():
    class K(metaclass=lambda n, b, d: 42):
        __init_subclass__ = 5
    return K
show(692, c692)
def c693():
    class K(metaclass=lambda n, b, d: 42):
        __doc__ = 'doc'
    return K
show(693, c693)
def c694():
    class K(metaclass=lambda n, b, d: 42):
        __class_getitem__ = lambda cls, k: k
    return K
show(694, c694)
def c695():
    class K(metaclass=lambda n, b, d: 42):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(695, c695)
def c696():
    class K(metaclass=lambda n, b, d: 42):
        __slots__ = {'a': 'doc of a'}
    return K
show(696, c696)
def c697():
    class K(metaclass=lambda n, b, d: 42):
        __slots__ = iter(['a', 'b'])
    return K
show(697, c697)
def c698():
    class K(metaclass=lambda n, b, d: 42):
        __slots__ = ['__dict__']
    return K
show(698, c698)
def c699():
    class K(metaclass=lambda n, b, d: 42):
        __slots__ = ['__weakref__', 'w']
    return K
show(699, c699)
def c700():
    class K(x=1):
        pass
    return K
show(700, c700)
def c701():
    class K(x=1):
        __slots__ = ('a', 'b')
    return K
show(701, c701)
def c702():
    class K(x=1):
        __slots__ = 'a'
    return K
show(702, c702)
def c703():
    class K(x=1):
        __slots__ = ('a', 'a')
    return K
show(703, c703)
def c704():
    class K(x=1):
        __slots__ = ('__dict__', '__dict__')
    return K
show(704, c704)
def c705():
    class K(x=1):
        __slots__ = ('a',)
        a = 5
    return K
show(705, c705)
def c706():
    class K(x=1):
        __slots__ = (5,)
    return K
show(706, c706)
def c707():
    class K(x=1):
        __slots__ = ('1a',)
    return K
show(707, c707)
def c708():
    class K(x=1):
        __slots__ = ('__weakref__',)
    return K
show(708, c708)
def c709():
    class K(x=1):
        __slots__ = ()
    return K
show(709, c709)
def c710():
    class K(x=1):
        x = Named()
    return K
show(710, c710)
def c711():
    class K(x=1):
        x = BadSetName()
    return K
show(711, c711)
def c712():
    class K(x=1):
        __qualname__ = 5
    return K
show(712, c712)
def c713():
    class K(x=1):
        __qualname__ = 'Q.R'
    return K
show(713, c713)
def c714():
    class K(x=1):
        __module__ = 'mod'
    return K
show(714, c714)
def c715():
    class K(x=1):
        __classcell__ = 5
    return K
show(715, c715)
def c716():
    class K(x=1):
        def __init_subclass__(cls): pass
    return K
show(716, c716)
def c717():
    class K(x=1):
        __init_subclass__ = 5
    return K
show(717, c717)
def c718():
    class K(x=1):
        __doc__ = 'doc'
    return K
show(718, c718)
def c719():
    class K(x=1):
        __class_getitem__ = lambda cls, k: k
    return K
show(719, c719)
def c720():
    class K(x=1):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(720, c720)
def c721():
    class K(x=1):
        __slots__ = {'a': 'doc of a'}
    return K
show(721, c721)
def c722():
    class K(x=1):
        __slots__ = iter(['a', 'b'])
    return K
show(722, c722)
def c723():
    class K(x=1):
        __slots__ = ['__dict__']
    return K
show(723, c723)
def c724():
    class K(x=1):
        __slots__ = ['__weakref__', 'w']
    return K
show(724, c724)
def c725():
    class K(A, x=1):
        pass
    return K
show(725, c725)
def c726():
    class K(A, x=1):
        __slots__ = ('a', 'b')
    return K
show(726, c726)
def c727():
    class K(A, x=1):
        __slots__ = 'a'
    return K
show(727, c727)
def c728():
    class K(A, x=1):
        __slots__ = ('a', 'a')
    return K
show(728, c728)
def c729():
    class K(A, x=1):
        __slots__ = ('__dict__', '__dict__')
    return K
show(729, c729)
def c730():
    class K(A, x=1):
        __slots__ = ('a',)
        a = 5
    return K
show(730, c730)
def c731():
    class K(A, x=1):
        __slots__ = (5,)
    return K
show(731, c731)
def c732():
    class K(A, x=1):
        __slots__ = ('1a',)
    return K
show(732, c732)
def c733():
    class K(A, x=1):
        __slots__ = ('__weakref__',)
    return K
show(733, c733)
def c734():
    class K(A, x=1):
        __slots__ = ()
    return K
show(734, c734)
def c735():
    class K(A, x=1):
        x = Named()
    return K
show(735, c735)
def c736():
    class K(A, x=1):
        x = BadSetName()
    return K
show(736, c736)
def c737():
    class K(A, x=1):
        __qualname__ = 5
    return K
show(737, c737)
def c738():
    class K(A, x=1):
        __qualname__ = 'Q.R'
    return K
show(738, c738)
def c739():
    class K(A, x=1):
        __module__ = 'mod'
    return K
show(739, c739)
def c740():
    class K(A, x=1):
        __classcell__ = 5
    return K
show(740, c740)
def c741():
    class K(A, x=1):
        def __init_subclass__(cls): pass
    return K
show(741, c741)
def c742():
    class K(A, x=1):
        __init_subclass__ = 5
    return K
show(742, c742)
def c743():
    class K(A, x=1):
        __doc__ = 'doc'
    return K
show(743, c743)
def c744():
    class K(A, x=1):
        __class_getitem__ = lambda cls, k: k
    return K
show(744, c744)
def c745():
    class K(A, x=1):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(745, c745)
def c746():
    class K(A, x=1):
        __slots__ = {'a': 'doc of a'}
    return K
show(746, c746)
def c747():
    class K(A, x=1):
        __slots__ = iter(['a', 'b'])
    return K
show(747, c747)
def c748():
    class K(A, x=1):
        __slots__ = ['__dict__']
    return K
show(748, c748)
def c749():
    class K(A, x=1):
        __slots__ = ['__weakref__', 'w']
    return K
show(749, c749)
def c750():
    class K(WithInitSubclass, flag=3):
        pass
    return K
show(750, c750)
def c751():
    class K(WithInitSubclass, flag=3):
        __slots__ = ('a', 'b')
    return K
show(751, c751)
def c752():
    class K(WithInitSubclass, flag=3):
        __slots__ = 'a'
    return K
show(752, c752)
def c753():
    class K(WithInitSubclass, flag=3):
        __slots__ = ('a', 'a')
    return K
show(753, c753)
def c754():
    class K(WithInitSubclass, flag=3):
        __slots__ = ('__dict__', '__dict__')
    return K
show(754, c754)
def c755():
    class K(WithInitSubclass, flag=3):
        __slots__ = ('a',)
        a = 5
    return K
show(755, c755)
def c756():
    class K(WithInitSubclass, flag=3):
        __slots__ = (5,)
    return K
show(756, c756)
def c757():
    class K(WithInitSubclass, flag=3):
        __slots__ = ('1a',)
    return K
show(757, c757)
def c758():
    class K(WithInitSubclass, flag=3):
        __slots__ = ('__weakref__',)
    return K
show(758, c758)
def c759():
    class K(WithInitSubclass, flag=3):
        __slots__ = ()
    return K
show(759, c759)
def c760():
    class K(WithInitSubclass, flag=3):
        x = Named()
    return K
show(760, c760)
def c761():
    class K(WithInitSubclass, flag=3):
        x = BadSetName()
    return K
show(761, c761)
def c762():
    class K(WithInitSubclass, flag=3):
        __qualname__ = 5
    return K
show(762, c762)
def c763():
    class K(WithInitSubclass, flag=3):
        __qualname__ = 'Q.R'
    return K
show(763, c763)
def c764():
    class K(WithInitSubclass, flag=3):
        __module__ = 'mod'
    return K
show(764, c764)
def c765():
    class K(WithInitSubclass, flag=3):
        __classcell__ = 5
    return K
show(765, c765)
def c766():
    class K(WithInitSubclass, flag=3):
        def __init_subclass__(cls): pass
    return K
show(766, c766)
def c767():
    class K(WithInitSubclass, flag=3):
        __init_subclass__ = 5
    return K
show(767, c767)
def c768():
    class K(WithInitSubclass, flag=3):
        __doc__ = 'doc'
    return K
show(768, c768)
def c769():
    class K(WithInitSubclass, flag=3):
        __class_getitem__ = lambda cls, k: k
    return K
show(769, c769)
def c770():
    class K(WithInitSubclass, flag=3):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(770, c770)
def c771():
    class K(WithInitSubclass, flag=3):
        __slots__ = {'a': 'doc of a'}
    return K
show(771, c771)
def c772():
    class K(WithInitSubclass, flag=3):
        __slots__ = iter(['a', 'b'])
    return K
show(772, c772)
def c773():
    class K(WithInitSubclass, flag=3):
        __slots__ = ['__dict__']
    return K
show(773, c773)
def c774():
    class K(WithInitSubclass, flag=3):
        __slots__ = ['__weakref__', 'w']
    return K
show(774, c774)
def c775():
    class K(WithInitSubclass):
        pass
    return K
show(775, c775)
def c776():
    class K(WithInitSubclass):
        __slots__ = ('a', 'b')
    return K
show(776, c776)
def c777():
    class K(WithInitSubclass):
        __slots__ = 'a'
    return K
show(777, c777)
def c778():
    class K(WithInitSubclass):
        __slots__ = ('a', 'a')
    return K
show(778, c778)
def c779():
    class K(WithInitSubclass):
        __slots__ = ('__dict__', '__dict__')
    return K
show(779, c779)
def c780():
    class K(WithInitSubclass):
        __slots__ = ('a',)
        a = 5
    return K
show(780, c780)
def c781():
    class K(WithInitSubclass):
        __slots__ = (5,)
    return K
show(781, c781)
def c782():
    class K(WithInitSubclass):
        __slots__ = ('1a',)
    return K
show(782, c782)
def c783():
    class K(WithInitSubclass):
        __slots__ = ('__weakref__',)
    return K
show(783, c783)
def c784():
    class K(WithInitSubclass):
        __slots__ = ()
    return K
show(784, c784)
def c785():
    class K(WithInitSubclass):
        x = Named()
    return K
show(785, c785)
def c786():
    class K(WithInitSubclass):
        x = BadSetName()
    return K
show(786, c786)
def c787():
    class K(WithInitSubclass):
        __qualname__ = 5
    return K
show(787, c787)
def c788():
    class K(WithInitSubclass):
        __qualname__ = 'Q.R'
    return K
show(788, c788)
def c789():
    class K(WithInitSubclass):
        __module__ = 'mod'
    return K
show(789, c789)
def c790():
    class K(WithInitSubclass):
        __classcell__ = 5
    return K
show(790, c790)
def c791():
    class K(WithInitSubclass):
        def __init_subclass__(cls): pass
    return K
show(791, c791)
def c792():
    class K(WithInitSubclass):
        __init_subclass__ = 5
    return K
show(792, c792)
def c793():
    class K(WithInitSubclass):
        __doc__ = 'doc'
    return K
show(793, c793)
def c794():
    class K(WithInitSubclass):
        __class_getitem__ = lambda cls, k: k
    return K
show(794, c794)
def c795():
    class K(WithInitSubclass):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(795, c795)
def c796():
    class K(WithInitSubclass):
        __slots__ = {'a': 'doc of a'}
    return K
show(796, c796)
def c797():
    class K(WithInitSubclass):
        __slots__ = iter(['a', 'b'])
    return K
show(797, c797)
def c798():
    class K(WithInitSubclass):
        __slots__ = ['__dict__']
    return K
show(798, c798)
def c799():
    class K(WithInitSubclass):
        __slots__ = ['__weakref__', 'w']
    return K
show(799, c799)
def c800():
    class K(WithInitSubclass, other=1):
        pass
    return K
show(800, c800)
def c801():
    class K(WithInitSubclass, other=1):
        __slots__ = ('a', 'b')
    return K
show(801, c801)
def c802():
    class K(WithInitSubclass, other=1):
        __slots__ = 'a'
    return K
show(802, c802)
def c803():
    class K(WithInitSubclass, other=1):
        __slots__ = ('a', 'a')
    return K
show(803, c803)
def c804():
    class K(WithInitSubclass, other=1):
        __slots__ = ('__dict__', '__dict__')
    return K
show(804, c804)
def c805():
    class K(WithInitSubclass, other=1):
        __slots__ = ('a',)
        a = 5
    return K
show(805, c805)
def c806():
    class K(WithInitSubclass, other=1):
        __slots__ = (5,)
    return K
show(806, c806)
def c807():
    class K(WithInitSubclass, other=1):
        __slots__ = ('1a',)
    return K
show(807, c807)
def c808():
    class K(WithInitSubclass, other=1):
        __slots__ = ('__weakref__',)
    return K
show(808, c808)
def c809():
    class K(WithInitSubclass, other=1):
        __slots__ = ()
    return K
show(809, c809)
def c810():
    class K(WithInitSubclass, other=1):
        x = Named()
    return K
show(810, c810)
def c811():
    class K(WithInitSubclass, other=1):
        x = BadSetName()
    return K
show(811, c811)
def c812():
    class K(WithInitSubclass, other=1):
        __qualname__ = 5
    return K
show(812, c812)
def c813():
    class K(WithInitSubclass, other=1):
        __qualname__ = 'Q.R'
    return K
show(813, c813)
def c814():
    class K(WithInitSubclass, other=1):
        __module__ = 'mod'
    return K
show(814, c814)
def c815():
    class K(WithInitSubclass, other=1):
        __classcell__ = 5
    return K
show(815, c815)
def c816():
    class K(WithInitSubclass, other=1):
        def __init_subclass__(cls): pass
    return K
show(816, c816)
def c817():
    class K(WithInitSubclass, other=1):
        __init_subclass__ = 5
    return K
show(817, c817)
def c818():
    class K(WithInitSubclass, other=1):
        __doc__ = 'doc'
    return K
show(818, c818)
def c819():
    class K(WithInitSubclass, other=1):
        __class_getitem__ = lambda cls, k: k
    return K
show(819, c819)
def c820():
    class K(WithInitSubclass, other=1):
        __slots__ = ('__x', '__y__', '_z')
    return K
show(820, c820)
def c821():
    class K(WithInitSubclass, other=1):
        __slots__ = {'a': 'doc of a'}
    return K
show(821, c821)
def c822():
    class K(WithInitSubclass, other=1):
        __slots__ = iter(['a', 'b'])
    return K
show(822, c822)
def c823():
    class K(WithInitSubclass, other=1):
        __slots__ = ['__dict__']
    return K
show(823, c823)
def c824():
    class K(WithInitSubclass, other=1):
        __slots__ = ['__weakref__', 'w']
    return K
show(824, c824)
def c825():
    K = type('N', (), {})
    return K
show(825, c825)
def c826():
    K = type('N', (A,), {'x': 1})
    return K
show(826, c826)
def c827():
    K = type('N', [], {})
    return K
show(827, c827)
def c828():
    K = type(5, (), {})
    return K
show(828, c828)
def c829():
    K = type('N', (5,), {})
    return K
show(829, c829)
def c830():
    K = type('N', (), [])
    return K
show(830, c830)
def c831():
    K = type('N', (A, A), {})
    return K
show(831, c831)
def c832():
    K = type('N', (), {'__slots__': ['q']})
    return K
show(832, c832)
def c833():
    K = type('N')
    return K
show(833, c833)
def c834():
    K = type('N', ())
    return K
show(834, c834)
def c835():
    K = type('N', (), {}, 1)
    return K
show(835, c835)
def c836():
    K = type('N', (bool,), {})
    return K
show(836, c836)
def c837():
    K = type('N\x00', (), {})
    return K
show(837, c837)
def c838():
    K = type('N', (), {'__qualname__': 7})
    return K
show(838, c838)
def c839():
    K = type('N', (A,), {}, x=1)
    return K
show(839, c839)
