# raise X, raise X from Y, bare raise, and implicit chaining, over many X
# and Y: the exception caught (type, args, cause, context, suppress).
# Generated, twentieth session.
class NotExc: pass
class BadNew(Exception):
    def __new__(cls, *a): return 42
class BadInit(Exception):
    def __init__(self, *a): raise RuntimeError('init failed')
class Custom(Exception):
    def __str__(self): return 'custom%r' % (self.args,)
class ArgsErr(Exception):
    def __init__(self, a, b): super().__init__(a)
def d(e):
    if e is None: return 'None'
    if not isinstance(e, BaseException): return 'non-exception ' + repr(e)
    return '%s%r' % (type(e).__name__, e.args)
def show(label, fn):
    try:
        fn()
        print(label, 'no exception')
    except BaseException as e:
        print(label, '!', d(e), str(e)[:60], 'cause=' + d(e.__cause__), 'context=' + d(e.__context__), e.__suppress_context__)
def r1():
    raise ValueError
show('raise ValueError', r1)
def r2():
    try:
        {}['missing']
    except KeyError:
        raise ValueError
show('in handler: raise ValueError', r2)
def r3():
    raise ValueError from None
show('raise ValueError from None', r3)
def r4():
    try:
        {}['missing']
    except KeyError:
        raise ValueError from None
show('in handler: raise ValueError from None', r4)
def r5():
    raise ValueError from ValueError
show('raise ValueError from ValueError', r5)
def r6():
    try:
        {}['missing']
    except KeyError:
        raise ValueError from ValueError
show('in handler: raise ValueError from ValueError', r6)
def r7():
    raise ValueError from TypeError('c')
show("raise ValueError from TypeError('c')", r7)
def r8():
    try:
        {}['missing']
    except KeyError:
        raise ValueError from TypeError('c')
show("in handler: raise ValueError from TypeError('c')", r8)
def r9():
    raise ValueError from 5
show('raise ValueError from 5', r9)
def r10():
    try:
        {}['missing']
    except KeyError:
        raise ValueError from 5
show('in handler: raise ValueError from 5', r10)
def r11():
    raise ValueError from NotExc
show('raise ValueError from NotExc', r11)
def r12():
    try:
        {}['missing']
    except KeyError:
        raise ValueError from NotExc
show('in handler: raise ValueError from NotExc', r12)
def r13():
    raise ValueError from NotExc()
show('raise ValueError from NotExc()', r13)
def r14():
    try:
        {}['missing']
    except KeyError:
        raise ValueError from NotExc()
show('in handler: raise ValueError from NotExc()', r14)
def r15():
    raise ValueError from BadNew
show('raise ValueError from BadNew', r15)
def r16():
    try:
        {}['missing']
    except KeyError:
        raise ValueError from BadNew
show('in handler: raise ValueError from BadNew', r16)
def r17():
    raise ValueError from KeyError
show('raise ValueError from KeyError', r17)
def r18():
    try:
        {}['missing']
    except KeyError:
        raise ValueError from KeyError
show('in handler: raise ValueError from KeyError', r18)
def r19():
    raise ValueError from Custom
show('raise ValueError from Custom', r19)
def r20():
    try:
        {}['missing']
    except KeyError:
        raise ValueError from Custom
show('in handler: raise ValueError from Custom', r20)
def r21():
    raise ValueError('m')
show("raise ValueError('m')", r21)
def r22():
    try:
        {}['missing']
    except KeyError:
        raise ValueError('m')
show("in handler: raise ValueError('m')", r22)
def r23():
    raise ValueError('m') from None
show("raise ValueError('m') from None", r23)
def r24():
    try:
        {}['missing']
    except KeyError:
        raise ValueError('m') from None
show("in handler: raise ValueError('m') from None", r24)
def r25():
    raise ValueError('m') from ValueError
show("raise ValueError('m') from ValueError", r25)
def r26():
    try:
        {}['missing']
    except KeyError:
        raise ValueError('m') from ValueError
show("in handler: raise ValueError('m') from ValueError", r26)
def r27():
    raise ValueError('m') from TypeError('c')
show("raise ValueError('m') from TypeError('c')", r27)
def r28():
    try:
        {}['missing']
    except KeyError:
        raise ValueError('m') from TypeError('c')
show("in handler: raise ValueError('m') from TypeError('c')", r28)
def r29():
    raise ValueError('m') from 5
show("raise ValueError('m') from 5", r29)
def r30():
    try:
        {}['missing']
    except KeyError:
        raise ValueError('m') from 5
show("in handler: raise ValueError('m') from 5", r30)
def r31():
    raise ValueError('m') from NotExc
show("raise ValueError('m') from NotExc", r31)
def r32():
    try:
        {}['missing']
    except KeyError:
        raise ValueError('m') from NotExc
show("in handler: raise ValueError('m') from NotExc", r32)
def r33():
    raise ValueError('m') from NotExc()
show("raise ValueError('m') from NotExc()", r33)
def r34():
    try:
        {}['missing']
    except KeyError:
        raise ValueError('m') from NotExc()
show("in handler: raise ValueError('m') from NotExc()", r34)
def r35():
    raise ValueError('m') from BadNew
show("raise ValueError('m') from BadNew", r35)
def r36():
    try:
        {}['missing']
    except KeyError:
        raise ValueError('m') from BadNew
show("in handler: raise ValueError('m') from BadNew", r36)
def r37():
    raise ValueError('m') from KeyError
show("raise ValueError('m') from KeyError", r37)
def r38():
    try:
        {}['missing']
    except KeyError:
        raise ValueError('m') from KeyError
show("in handler: raise ValueError('m') from KeyError", r38)
def r39():
    raise ValueError('m') from Custom
show("raise ValueError('m') from Custom", r39)
def r40():
    try:
        {}['missing']
    except KeyError:
        raise ValueError('m') from Custom
show("in handler: raise ValueError('m') from Custom", r40)
def r41():
    raise 5
show('raise 5', r41)
def r42():
    try:
        {}['missing']
    except KeyError:
        raise 5
show('in handler: raise 5', r42)
def r43():
    raise 5 from None
show('raise 5 from None', r43)
def r44():
    try:
        {}['missing']
    except KeyError:
        raise 5 from None
show('in handler: raise 5 from None', r44)
def r45():
    raise 5 from ValueError
show('raise 5 from ValueError', r45)
def r46():
    try:
        {}['missing']
    except KeyError:
        raise 5 from ValueError
show('in handler: raise 5 from ValueError', r46)
def r47():
    raise 5 from TypeError('c')
show("raise 5 from TypeError('c')", r47)
def r48():
    try:
        {}['missing']
    except KeyError:
        raise 5 from TypeError('c')
show("in handler: raise 5 from TypeError('c')", r48)
def r49():
    raise 5 from 5
show('raise 5 from 5', r49)
def r50():
    try:
        {}['missing']
    except KeyError:
        raise 5 from 5
show('in handler: raise 5 from 5', r50)
def r51():
    raise 5 from NotExc
show('raise 5 from NotExc', r51)
def r52():
    try:
        {}['missing']
    except KeyError:
        raise 5 from NotExc
show('in handler: raise 5 from NotExc', r52)
def r53():
    raise 5 from NotExc()
show('raise 5 from NotExc()', r53)
def r54():
    try:
        {}['missing']
    except KeyError:
        raise 5 from NotExc()
show('in handler: raise 5 from NotExc()', r54)
def r55():
    raise 5 from BadNew
show('raise 5 from BadNew', r55)
def r56():
    try:
        {}['missing']
    except KeyError:
        raise 5 from BadNew
show('in handler: raise 5 from BadNew', r56)
def r57():
    raise 5 from KeyError
show('raise 5 from KeyError', r57)
def r58():
    try:
        {}['missing']
    except KeyError:
        raise 5 from KeyError
show('in handler: raise 5 from KeyError', r58)
def r59():
    raise 5 from Custom
show('raise 5 from Custom', r59)
def r60():
    try:
        {}['missing']
    except KeyError:
        raise 5 from Custom
show('in handler: raise 5 from Custom', r60)
def r61():
    raise None
show('raise None', r61)
def r62():
    try:
        {}['missing']
    except KeyError:
        raise None
show('in handler: raise None', r62)
def r63():
    raise None from None
show('raise None from None', r63)
def r64():
    try:
        {}['missing']
    except KeyError:
        raise None from None
show('in handler: raise None from None', r64)
def r65():
    raise None from ValueError
show('raise None from ValueError', r65)
def r66():
    try:
        {}['missing']
    except KeyError:
        raise None from ValueError
show('in handler: raise None from ValueError', r66)
def r67():
    raise None from TypeError('c')
show("raise None from TypeError('c')", r67)
def r68():
    try:
        {}['missing']
    except KeyError:
        raise None from TypeError('c')
show("in handler: raise None from TypeError('c')", r68)
def r69():
    raise None from 5
show('raise None from 5', r69)
def r70():
    try:
        {}['missing']
    except KeyError:
        raise None from 5
show('in handler: raise None from 5', r70)
def r71():
    raise None from NotExc
show('raise None from NotExc', r71)
def r72():
    try:
        {}['missing']
    except KeyError:
        raise None from NotExc
show('in handler: raise None from NotExc', r72)
def r73():
    raise None from NotExc()
show('raise None from NotExc()', r73)
def r74():
    try:
        {}['missing']
    except KeyError:
        raise None from NotExc()
show('in handler: raise None from NotExc()', r74)
def r75():
    raise None from BadNew
show('raise None from BadNew', r75)
def r76():
    try:
        {}['missing']
    except KeyError:
        raise None from BadNew
show('in handler: raise None from BadNew', r76)
def r77():
    raise None from KeyError
show('raise None from KeyError', r77)
def r78():
    try:
        {}['missing']
    except KeyError:
        raise None from KeyError
show('in handler: raise None from KeyError', r78)
def r79():
    raise None from Custom
show('raise None from Custom', r79)
def r80():
    try:
        {}['missing']
    except KeyError:
        raise None from Custom
show('in handler: raise None from Custom', r80)
def r81():
    raise NotExc
show('raise NotExc', r81)
def r82():
    try:
        {}['missing']
    except KeyError:
        raise NotExc
show('in handler: raise NotExc', r82)
def r83():
    raise NotExc from None
show('raise NotExc from None', r83)
def r84():
    try:
        {}['missing']
    except KeyError:
        raise NotExc from None
show('in handler: raise NotExc from None', r84)
def r85():
    raise NotExc from ValueError
show('raise NotExc from ValueError', r85)
def r86():
    try:
        {}['missing']
    except KeyError:
        raise NotExc from ValueError
show('in handler: raise NotExc from ValueError', r86)
def r87():
    raise NotExc from TypeError('c')
show("raise NotExc from TypeError('c')", r87)
def r88():
    try:
        {}['missing']
    except KeyError:
        raise NotExc from TypeError('c')
show("in handler: raise NotExc from TypeError('c')", r88)
def r89():
    raise NotExc from 5
show('raise NotExc from 5', r89)
def r90():
    try:
        {}['missing']
    except KeyError:
        raise NotExc from 5
show('in handler: raise NotExc from 5', r90)
def r91():
    raise NotExc from NotExc
show('raise NotExc from NotExc', r91)
def r92():
    try:
        {}['missing']
    except KeyError:
        raise NotExc from NotExc
show('in handler: raise NotExc from NotExc', r92)
def r93():
    raise NotExc from NotExc()
show('raise NotExc from NotExc()', r93)
def r94():
    try:
        {}['missing']
    except KeyError:
        raise NotExc from NotExc()
show('in handler: raise NotExc from NotExc()', r94)
def r95():
    raise NotExc from BadNew
show('raise NotExc from BadNew', r95)
def r96():
    try:
        {}['missing']
    except KeyError:
        raise NotExc from BadNew
show('in handler: raise NotExc from BadNew', r96)
def r97():
    raise NotExc from KeyError
show('raise NotExc from KeyError', r97)
def r98():
    try:
        {}['missing']
    except KeyError:
        raise NotExc from KeyError
show('in handler: raise NotExc from KeyError', r98)
def r99():
    raise NotExc from Custom
show('raise NotExc from Custom', r99)
def r100():
    try:
        {}['missing']
    except KeyError:
        raise NotExc from Custom
show('in handler: raise NotExc from Custom', r100)
def r101():
    raise NotExc()
show('raise NotExc()', r101)
def r102():
    try:
        {}['missing']
    except KeyError:
        raise NotExc()
show('in handler: raise NotExc()', r102)
def r103():
    raise NotExc() from None
show('raise NotExc() from None', r103)
def r104():
    try:
        {}['missing']
    except KeyError:
        raise NotExc() from None
show('in handler: raise NotExc() from None', r104)
def r105():
    raise NotExc() from ValueError
show('raise NotExc() from ValueError', r105)
def r106():
    try:
        {}['missing']
    except KeyError:
        raise NotExc() from ValueError
show('in handler: raise NotExc() from ValueError', r106)
def r107():
    raise NotExc() from TypeError('c')
show("raise NotExc() from TypeError('c')", r107)
def r108():
    try:
        {}['missing']
    except KeyError:
        raise NotExc() from TypeError('c')
show("in handler: raise NotExc() from TypeError('c')", r108)
def r109():
    raise NotExc() from 5
show('raise NotExc() from 5', r109)
def r110():
    try:
        {}['missing']
    except KeyError:
        raise NotExc() from 5
show('in handler: raise NotExc() from 5', r110)
def r111():
    raise NotExc() from NotExc
show('raise NotExc() from NotExc', r111)
def r112():
    try:
        {}['missing']
    except KeyError:
        raise NotExc() from NotExc
show('in handler: raise NotExc() from NotExc', r112)
def r113():
    raise NotExc() from NotExc()
show('raise NotExc() from NotExc()', r113)
def r114():
    try:
        {}['missing']
    except KeyError:
        raise NotExc() from NotExc()
show('in handler: raise NotExc() from NotExc()', r114)
def r115():
    raise NotExc() from BadNew
show('raise NotExc() from BadNew', r115)
def r116():
    try:
        {}['missing']
    except KeyError:
        raise NotExc() from BadNew
show('in handler: raise NotExc() from BadNew', r116)
def r117():
    raise NotExc() from KeyError
show('raise NotExc() from KeyError', r117)
def r118():
    try:
        {}['missing']
    except KeyError:
        raise NotExc() from KeyError
show('in handler: raise NotExc() from KeyError', r118)
def r119():
    raise NotExc() from Custom
show('raise NotExc() from Custom', r119)
def r120():
    try:
        {}['missing']
    except KeyError:
        raise NotExc() from Custom
show('in handler: raise NotExc() from Custom', r120)
def r121():
    raise BadNew
show('raise BadNew', r121)
def r122():
    try:
        {}['missing']
    except KeyError:
        raise BadNew
show('in handler: raise BadNew', r122)
def r123():
    raise BadNew from None
show('raise BadNew from None', r123)
def r124():
    try:
        {}['missing']
    except KeyError:
        raise BadNew from None
show('in handler: raise BadNew from None', r124)
def r125():
    raise BadNew from ValueError
show('raise BadNew from ValueError', r125)
def r126():
    try:
        {}['missing']
    except KeyError:
        raise BadNew from ValueError
show('in handler: raise BadNew from ValueError', r126)
def r127():
    raise BadNew from TypeError('c')
show("raise BadNew from TypeError('c')", r127)
def r128():
    try:
        {}['missing']
    except KeyError:
        raise BadNew from TypeError('c')
show("in handler: raise BadNew from TypeError('c')", r128)
def r129():
    raise BadNew from 5
show('raise BadNew from 5', r129)
def r130():
    try:
        {}['missing']
    except KeyError:
        raise BadNew from 5
show('in handler: raise BadNew from 5', r130)
def r131():
    raise BadNew from NotExc
show('raise BadNew from NotExc', r131)
def r132():
    try:
        {}['missing']
    except KeyError:
        raise BadNew from NotExc
show('in handler: raise BadNew from NotExc', r132)
def r133():
    raise BadNew from NotExc()
show('raise BadNew from NotExc()', r133)
def r134():
    try:
        {}['missing']
    except KeyError:
        raise BadNew from NotExc()
show('in handler: raise BadNew from NotExc()', r134)
def r135():
    raise BadNew from BadNew
show('raise BadNew from BadNew', r135)
def r136():
    try:
        {}['missing']
    except KeyError:
        raise BadNew from BadNew
show('in handler: raise BadNew from BadNew', r136)
def r137():
    raise BadNew from KeyError
show('raise BadNew from KeyError', r137)
def r138():
    try:
        {}['missing']
    except KeyError:
        raise BadNew from KeyError
show('in handler: raise BadNew from KeyError', r138)
def r139():
    raise BadNew from Custom
show('raise BadNew from Custom', r139)
def r140():
    try:
        {}['missing']
    except KeyError:
        raise BadNew from Custom
show('in handler: raise BadNew from Custom', r140)
def r141():
    raise BadInit
show('raise BadInit', r141)
def r142():
    try:
        {}['missing']
    except KeyError:
        raise BadInit
show('in handler: raise BadInit', r142)
def r143():
    raise BadInit from None
show('raise BadInit from None', r143)
def r144():
    try:
        {}['missing']
    except KeyError:
        raise BadInit from None
show('in handler: raise BadInit from None', r144)
def r145():
    raise BadInit from ValueError
show('raise BadInit from ValueError', r145)
def r146():
    try:
        {}['missing']
    except KeyError:
        raise BadInit from ValueError
show('in handler: raise BadInit from ValueError', r146)
def r147():
    raise BadInit from TypeError('c')
show("raise BadInit from TypeError('c')", r147)
def r148():
    try:
        {}['missing']
    except KeyError:
        raise BadInit from TypeError('c')
show("in handler: raise BadInit from TypeError('c')", r148)
def r149():
    raise BadInit from 5
show('raise BadInit from 5', r149)
def r150():
    try:
        {}['missing']
    except KeyError:
        raise BadInit from 5
show('in handler: raise BadInit from 5', r150)
def r151():
    raise BadInit from NotExc
show('raise BadInit from NotExc', r151)
def r152():
    try:
        {}['missing']
    except KeyError:
        raise BadInit from NotExc
show('in handler: raise BadInit from NotExc', r152)
def r153():
    raise BadInit from NotExc()
show('raise BadInit from NotExc()', r153)
def r154():
    try:
        {}['missing']
    except KeyError:
        raise BadInit from NotExc()
show('in handler: raise BadInit from NotExc()', r154)
def r155():
    raise BadInit from BadNew
show('raise BadInit from BadNew', r155)
def r156():
    try:
        {}['missing']
    except KeyError:
        raise BadInit from BadNew
show('in handler: raise BadInit from BadNew', r156)
def r157():
    raise BadInit from KeyError
show('raise BadInit from KeyError', r157)
def r158():
    try:
        {}['missing']
    except KeyError:
        raise BadInit from KeyError
show('in handler: raise BadInit from KeyError', r158)
def r159():
    raise BadInit from Custom
show('raise BadInit from Custom', r159)
def r160():
    try:
        {}['missing']
    except KeyError:
        raise BadInit from Custom
show('in handler: raise BadInit from Custom', r160)
def r161():
    raise KeyError('k')
show("raise KeyError('k')", r161)
def r162():
    try:
        {}['missing']
    except KeyError:
        raise KeyError('k')
show("in handler: raise KeyError('k')", r162)
def r163():
    raise KeyError('k') from None
show("raise KeyError('k') from None", r163)
def r164():
    try:
        {}['missing']
    except KeyError:
        raise KeyError('k') from None
show("in handler: raise KeyError('k') from None", r164)
def r165():
    raise KeyError('k') from ValueError
show("raise KeyError('k') from ValueError", r165)
def r166():
    try:
        {}['missing']
    except KeyError:
        raise KeyError('k') from ValueError
show("in handler: raise KeyError('k') from ValueError", r166)
def r167():
    raise KeyError('k') from TypeError('c')
show("raise KeyError('k') from TypeError('c')", r167)
def r168():
    try:
        {}['missing']
    except KeyError:
        raise KeyError('k') from TypeError('c')
show("in handler: raise KeyError('k') from TypeError('c')", r168)
def r169():
    raise KeyError('k') from 5
show("raise KeyError('k') from 5", r169)
def r170():
    try:
        {}['missing']
    except KeyError:
        raise KeyError('k') from 5
show("in handler: raise KeyError('k') from 5", r170)
def r171():
    raise KeyError('k') from NotExc
show("raise KeyError('k') from NotExc", r171)
def r172():
    try:
        {}['missing']
    except KeyError:
        raise KeyError('k') from NotExc
show("in handler: raise KeyError('k') from NotExc", r172)
def r173():
    raise KeyError('k') from NotExc()
show("raise KeyError('k') from NotExc()", r173)
def r174():
    try:
        {}['missing']
    except KeyError:
        raise KeyError('k') from NotExc()
show("in handler: raise KeyError('k') from NotExc()", r174)
def r175():
    raise KeyError('k') from BadNew
show("raise KeyError('k') from BadNew", r175)
def r176():
    try:
        {}['missing']
    except KeyError:
        raise KeyError('k') from BadNew
show("in handler: raise KeyError('k') from BadNew", r176)
def r177():
    raise KeyError('k') from KeyError
show("raise KeyError('k') from KeyError", r177)
def r178():
    try:
        {}['missing']
    except KeyError:
        raise KeyError('k') from KeyError
show("in handler: raise KeyError('k') from KeyError", r178)
def r179():
    raise KeyError('k') from Custom
show("raise KeyError('k') from Custom", r179)
def r180():
    try:
        {}['missing']
    except KeyError:
        raise KeyError('k') from Custom
show("in handler: raise KeyError('k') from Custom", r180)
def r181():
    raise StopIteration
show('raise StopIteration', r181)
def r182():
    try:
        {}['missing']
    except KeyError:
        raise StopIteration
show('in handler: raise StopIteration', r182)
def r183():
    raise StopIteration from None
show('raise StopIteration from None', r183)
def r184():
    try:
        {}['missing']
    except KeyError:
        raise StopIteration from None
show('in handler: raise StopIteration from None', r184)
def r185():
    raise StopIteration from ValueError
show('raise StopIteration from ValueError', r185)
def r186():
    try:
        {}['missing']
    except KeyError:
        raise StopIteration from ValueError
show('in handler: raise StopIteration from ValueError', r186)
def r187():
    raise StopIteration from TypeError('c')
show("raise StopIteration from TypeError('c')", r187)
def r188():
    try:
        {}['missing']
    except KeyError:
        raise StopIteration from TypeError('c')
show("in handler: raise StopIteration from TypeError('c')", r188)
def r189():
    raise StopIteration from 5
show('raise StopIteration from 5', r189)
def r190():
    try:
        {}['missing']
    except KeyError:
        raise StopIteration from 5
show('in handler: raise StopIteration from 5', r190)
def r191():
    raise StopIteration from NotExc
show('raise StopIteration from NotExc', r191)
def r192():
    try:
        {}['missing']
    except KeyError:
        raise StopIteration from NotExc
show('in handler: raise StopIteration from NotExc', r192)
def r193():
    raise StopIteration from NotExc()
show('raise StopIteration from NotExc()', r193)
def r194():
    try:
        {}['missing']
    except KeyError:
        raise StopIteration from NotExc()
show('in handler: raise StopIteration from NotExc()', r194)
def r195():
    raise StopIteration from BadNew
show('raise StopIteration from BadNew', r195)
def r196():
    try:
        {}['missing']
    except KeyError:
        raise StopIteration from BadNew
show('in handler: raise StopIteration from BadNew', r196)
def r197():
    raise StopIteration from KeyError
show('raise StopIteration from KeyError', r197)
def r198():
    try:
        {}['missing']
    except KeyError:
        raise StopIteration from KeyError
show('in handler: raise StopIteration from KeyError', r198)
def r199():
    raise StopIteration from Custom
show('raise StopIteration from Custom', r199)
def r200():
    try:
        {}['missing']
    except KeyError:
        raise StopIteration from Custom
show('in handler: raise StopIteration from Custom', r200)
def r201():
    raise Custom
show('raise Custom', r201)
def r202():
    try:
        {}['missing']
    except KeyError:
        raise Custom
show('in handler: raise Custom', r202)
def r203():
    raise Custom from None
show('raise Custom from None', r203)
def r204():
    try:
        {}['missing']
    except KeyError:
        raise Custom from None
show('in handler: raise Custom from None', r204)
def r205():
    raise Custom from ValueError
show('raise Custom from ValueError', r205)
def r206():
    try:
        {}['missing']
    except KeyError:
        raise Custom from ValueError
show('in handler: raise Custom from ValueError', r206)
def r207():
    raise Custom from TypeError('c')
show("raise Custom from TypeError('c')", r207)
def r208():
    try:
        {}['missing']
    except KeyError:
        raise Custom from TypeError('c')
show("in handler: raise Custom from TypeError('c')", r208)
def r209():
    raise Custom from 5
show('raise Custom from 5', r209)
def r210():
    try:
        {}['missing']
    except KeyError:
        raise Custom from 5
show('in handler: raise Custom from 5', r210)
def r211():
    raise Custom from NotExc
show('raise Custom from NotExc', r211)
def r212():
    try:
        {}['missing']
    except KeyError:
        raise Custom from NotExc
show('in handler: raise Custom from NotExc', r212)
def r213():
    raise Custom from NotExc()
show('raise Custom from NotExc()', r213)
def r214():
    try:
        {}['missing']
    except KeyError:
        raise Custom from NotExc()
show('in handler: raise Custom from NotExc()', r214)
def r215():
    raise Custom from BadNew
show('raise Custom from BadNew', r215)
def r216():
    try:
        {}['missing']
    except KeyError:
        raise Custom from BadNew
show('in handler: raise Custom from BadNew', r216)
def r217():
    raise Custom from KeyError
show('raise Custom from KeyError', r217)
def r218():
    try:
        {}['missing']
    except KeyError:
        raise Custom from KeyError
show('in handler: raise Custom from KeyError', r218)
def r219():
    raise Custom from Custom
show('raise Custom from Custom', r219)
def r220():
    try:
        {}['missing']
    except KeyError:
        raise Custom from Custom
show('in handler: raise Custom from Custom', r220)
def r221():
    raise Custom('a', 'b')
show("raise Custom('a', 'b')", r221)
def r222():
    try:
        {}['missing']
    except KeyError:
        raise Custom('a', 'b')
show("in handler: raise Custom('a', 'b')", r222)
def r223():
    raise Custom('a', 'b') from None
show("raise Custom('a', 'b') from None", r223)
def r224():
    try:
        {}['missing']
    except KeyError:
        raise Custom('a', 'b') from None
show("in handler: raise Custom('a', 'b') from None", r224)
def r225():
    raise Custom('a', 'b') from ValueError
show("raise Custom('a', 'b') from ValueError", r225)
def r226():
    try:
        {}['missing']
    except KeyError:
        raise Custom('a', 'b') from ValueError
show("in handler: raise Custom('a', 'b') from ValueError", r226)
def r227():
    raise Custom('a', 'b') from TypeError('c')
show("raise Custom('a', 'b') from TypeError('c')", r227)
def r228():
    try:
        {}['missing']
    except KeyError:
        raise Custom('a', 'b') from TypeError('c')
show("in handler: raise Custom('a', 'b') from TypeError('c')", r228)
def r229():
    raise Custom('a', 'b') from 5
show("raise Custom('a', 'b') from 5", r229)
def r230():
    try:
        {}['missing']
    except KeyError:
        raise Custom('a', 'b') from 5
show("in handler: raise Custom('a', 'b') from 5", r230)
def r231():
    raise Custom('a', 'b') from NotExc
show("raise Custom('a', 'b') from NotExc", r231)
def r232():
    try:
        {}['missing']
    except KeyError:
        raise Custom('a', 'b') from NotExc
show("in handler: raise Custom('a', 'b') from NotExc", r232)
def r233():
    raise Custom('a', 'b') from NotExc()
show("raise Custom('a', 'b') from NotExc()", r233)
def r234():
    try:
        {}['missing']
    except KeyError:
        raise Custom('a', 'b') from NotExc()
show("in handler: raise Custom('a', 'b') from NotExc()", r234)
def r235():
    raise Custom('a', 'b') from BadNew
show("raise Custom('a', 'b') from BadNew", r235)
def r236():
    try:
        {}['missing']
    except KeyError:
        raise Custom('a', 'b') from BadNew
show("in handler: raise Custom('a', 'b') from BadNew", r236)
def r237():
    raise Custom('a', 'b') from KeyError
show("raise Custom('a', 'b') from KeyError", r237)
def r238():
    try:
        {}['missing']
    except KeyError:
        raise Custom('a', 'b') from KeyError
show("in handler: raise Custom('a', 'b') from KeyError", r238)
def r239():
    raise Custom('a', 'b') from Custom
show("raise Custom('a', 'b') from Custom", r239)
def r240():
    try:
        {}['missing']
    except KeyError:
        raise Custom('a', 'b') from Custom
show("in handler: raise Custom('a', 'b') from Custom", r240)
def r241():
    raise type
show('raise type', r241)
def r242():
    try:
        {}['missing']
    except KeyError:
        raise type
show('in handler: raise type', r242)
def r243():
    raise type from None
show('raise type from None', r243)
def r244():
    try:
        {}['missing']
    except KeyError:
        raise type from None
show('in handler: raise type from None', r244)
def r245():
    raise type from ValueError
show('raise type from ValueError', r245)
def r246():
    try:
        {}['missing']
    except KeyError:
        raise type from ValueError
show('in handler: raise type from ValueError', r246)
def r247():
    raise type from TypeError('c')
show("raise type from TypeError('c')", r247)
def r248():
    try:
        {}['missing']
    except KeyError:
        raise type from TypeError('c')
show("in handler: raise type from TypeError('c')", r248)
def r249():
    raise type from 5
show('raise type from 5', r249)
def r250():
    try:
        {}['missing']
    except KeyError:
        raise type from 5
show('in handler: raise type from 5', r250)
def r251():
    raise type from NotExc
show('raise type from NotExc', r251)
def r252():
    try:
        {}['missing']
    except KeyError:
        raise type from NotExc
show('in handler: raise type from NotExc', r252)
def r253():
    raise type from NotExc()
show('raise type from NotExc()', r253)
def r254():
    try:
        {}['missing']
    except KeyError:
        raise type from NotExc()
show('in handler: raise type from NotExc()', r254)
def r255():
    raise type from BadNew
show('raise type from BadNew', r255)
def r256():
    try:
        {}['missing']
    except KeyError:
        raise type from BadNew
show('in handler: raise type from BadNew', r256)
def r257():
    raise type from KeyError
show('raise type from KeyError', r257)
def r258():
    try:
        {}['missing']
    except KeyError:
        raise type from KeyError
show('in handler: raise type from KeyError', r258)
def r259():
    raise type from Custom
show('raise type from Custom', r259)
def r260():
    try:
        {}['missing']
    except KeyError:
        raise type from Custom
show('in handler: raise type from Custom', r260)
def r261():
    raise BaseException
show('raise BaseException', r261)
def r262():
    try:
        {}['missing']
    except KeyError:
        raise BaseException
show('in handler: raise BaseException', r262)
def r263():
    raise BaseException from None
show('raise BaseException from None', r263)
def r264():
    try:
        {}['missing']
    except KeyError:
        raise BaseException from None
show('in handler: raise BaseException from None', r264)
def r265():
    raise BaseException from ValueError
show('raise BaseException from ValueError', r265)
def r266():
    try:
        {}['missing']
    except KeyError:
        raise BaseException from ValueError
show('in handler: raise BaseException from ValueError', r266)
def r267():
    raise BaseException from TypeError('c')
show("raise BaseException from TypeError('c')", r267)
def r268():
    try:
        {}['missing']
    except KeyError:
        raise BaseException from TypeError('c')
show("in handler: raise BaseException from TypeError('c')", r268)
def r269():
    raise BaseException from 5
show('raise BaseException from 5', r269)
def r270():
    try:
        {}['missing']
    except KeyError:
        raise BaseException from 5
show('in handler: raise BaseException from 5', r270)
def r271():
    raise BaseException from NotExc
show('raise BaseException from NotExc', r271)
def r272():
    try:
        {}['missing']
    except KeyError:
        raise BaseException from NotExc
show('in handler: raise BaseException from NotExc', r272)
def r273():
    raise BaseException from NotExc()
show('raise BaseException from NotExc()', r273)
def r274():
    try:
        {}['missing']
    except KeyError:
        raise BaseException from NotExc()
show('in handler: raise BaseException from NotExc()', r274)
def r275():
    raise BaseException from BadNew
show('raise BaseException from BadNew', r275)
def r276():
    try:
        {}['missing']
    except KeyError:
        raise BaseException from BadNew
show('in handler: raise BaseException from BadNew', r276)
def r277():
    raise BaseException from KeyError
show('raise BaseException from KeyError', r277)
def r278():
    try:
        {}['missing']
    except KeyError:
        raise BaseException from KeyError
show('in handler: raise BaseException from KeyError', r278)
def r279():
    raise BaseException from Custom
show('raise BaseException from Custom', r279)
def r280():
    try:
        {}['missing']
    except KeyError:
        raise BaseException from Custom
show('in handler: raise BaseException from Custom', r280)
def r281():
    raise SystemExit(3)
show('raise SystemExit(3)', r281)
def r282():
    try:
        {}['missing']
    except KeyError:
        raise SystemExit(3)
show('in handler: raise SystemExit(3)', r282)
def r283():
    raise SystemExit(3) from None
show('raise SystemExit(3) from None', r283)
def r284():
    try:
        {}['missing']
    except KeyError:
        raise SystemExit(3) from None
show('in handler: raise SystemExit(3) from None', r284)
def r285():
    raise SystemExit(3) from ValueError
show('raise SystemExit(3) from ValueError', r285)
def r286():
    try:
        {}['missing']
    except KeyError:
        raise SystemExit(3) from ValueError
show('in handler: raise SystemExit(3) from ValueError', r286)
def r287():
    raise SystemExit(3) from TypeError('c')
show("raise SystemExit(3) from TypeError('c')", r287)
def r288():
    try:
        {}['missing']
    except KeyError:
        raise SystemExit(3) from TypeError('c')
show("in handler: raise SystemExit(3) from TypeError('c')", r288)
def r289():
    raise SystemExit(3) from 5
show('raise SystemExit(3) from 5', r289)
def r290():
    try:
        {}['missing']
    except KeyError:
        raise SystemExit(3) from 5
show('in handler: raise SystemExit(3) from 5', r290)
def r291():
    raise SystemExit(3) from NotExc
show('raise SystemExit(3) from NotExc', r291)
def r292():
    try:
        {}['missing']
    except KeyError:
        raise SystemExit(3) from NotExc
show('in handler: raise SystemExit(3) from NotExc', r292)
def r293():
    raise SystemExit(3) from NotExc()
show('raise SystemExit(3) from NotExc()', r293)
def r294():
    try:
        {}['missing']
    except KeyError:
        raise SystemExit(3) from NotExc()
show('in handler: raise SystemExit(3) from NotExc()', r294)
def r295():
    raise SystemExit(3) from BadNew
show('raise SystemExit(3) from BadNew', r295)
def r296():
    try:
        {}['missing']
    except KeyError:
        raise SystemExit(3) from BadNew
show('in handler: raise SystemExit(3) from BadNew', r296)
def r297():
    raise SystemExit(3) from KeyError
show('raise SystemExit(3) from KeyError', r297)
def r298():
    try:
        {}['missing']
    except KeyError:
        raise SystemExit(3) from KeyError
show('in handler: raise SystemExit(3) from KeyError', r298)
def r299():
    raise SystemExit(3) from Custom
show('raise SystemExit(3) from Custom', r299)
def r300():
    try:
        {}['missing']
    except KeyError:
        raise SystemExit(3) from Custom
show('in handler: raise SystemExit(3) from Custom', r300)
def r301():
    raise GeneratorExit
show('raise GeneratorExit', r301)
def r302():
    try:
        {}['missing']
    except KeyError:
        raise GeneratorExit
show('in handler: raise GeneratorExit', r302)
def r303():
    raise GeneratorExit from None
show('raise GeneratorExit from None', r303)
def r304():
    try:
        {}['missing']
    except KeyError:
        raise GeneratorExit from None
show('in handler: raise GeneratorExit from None', r304)
def r305():
    raise GeneratorExit from ValueError
show('raise GeneratorExit from ValueError', r305)
def r306():
    try:
        {}['missing']
    except KeyError:
        raise GeneratorExit from ValueError
show('in handler: raise GeneratorExit from ValueError', r306)
def r307():
    raise GeneratorExit from TypeError('c')
show("raise GeneratorExit from TypeError('c')", r307)
def r308():
    try:
        {}['missing']
    except KeyError:
        raise GeneratorExit from TypeError('c')
show("in handler: raise GeneratorExit from TypeError('c')", r308)
def r309():
    raise GeneratorExit from 5
show('raise GeneratorExit from 5', r309)
def r310():
    try:
        {}['missing']
    except KeyError:
        raise GeneratorExit from 5
show('in handler: raise GeneratorExit from 5', r310)
def r311():
    raise GeneratorExit from NotExc
show('raise GeneratorExit from NotExc', r311)
def r312():
    try:
        {}['missing']
    except KeyError:
        raise GeneratorExit from NotExc
show('in handler: raise GeneratorExit from NotExc', r312)
def r313():
    raise GeneratorExit from NotExc()
show('raise GeneratorExit from NotExc()', r313)
def r314():
    try:
        {}['missing']
    except KeyError:
        raise GeneratorExit from NotExc()
show('in handler: raise GeneratorExit from NotExc()', r314)
def r315():
    raise GeneratorExit from BadNew
show('raise GeneratorExit from BadNew', r315)
def r316():
    try:
        {}['missing']
    except KeyError:
        raise GeneratorExit from BadNew
show('in handler: raise GeneratorExit from BadNew', r316)
def r317():
    raise GeneratorExit from KeyError
show('raise GeneratorExit from KeyError', r317)
def r318():
    try:
        {}['missing']
    except KeyError:
        raise GeneratorExit from KeyError
show('in handler: raise GeneratorExit from KeyError', r318)
def r319():
    raise GeneratorExit from Custom
show('raise GeneratorExit from Custom', r319)
def r320():
    try:
        {}['missing']
    except KeyError:
        raise GeneratorExit from Custom
show('in handler: raise GeneratorExit from Custom', r320)
def r321():
    raise ArgsErr
show('raise ArgsErr', r321)
def r322():
    try:
        {}['missing']
    except KeyError:
        raise ArgsErr
show('in handler: raise ArgsErr', r322)
def r323():
    raise ArgsErr from None
show('raise ArgsErr from None', r323)
def r324():
    try:
        {}['missing']
    except KeyError:
        raise ArgsErr from None
show('in handler: raise ArgsErr from None', r324)
def r325():
    raise ArgsErr from ValueError
show('raise ArgsErr from ValueError', r325)
def r326():
    try:
        {}['missing']
    except KeyError:
        raise ArgsErr from ValueError
show('in handler: raise ArgsErr from ValueError', r326)
def r327():
    raise ArgsErr from TypeError('c')
show("raise ArgsErr from TypeError('c')", r327)
def r328():
    try:
        {}['missing']
    except KeyError:
        raise ArgsErr from TypeError('c')
show("in handler: raise ArgsErr from TypeError('c')", r328)
def r329():
    raise ArgsErr from 5
show('raise ArgsErr from 5', r329)
def r330():
    try:
        {}['missing']
    except KeyError:
        raise ArgsErr from 5
show('in handler: raise ArgsErr from 5', r330)
def r331():
    raise ArgsErr from NotExc
show('raise ArgsErr from NotExc', r331)
def r332():
    try:
        {}['missing']
    except KeyError:
        raise ArgsErr from NotExc
show('in handler: raise ArgsErr from NotExc', r332)
def r333():
    raise ArgsErr from NotExc()
show('raise ArgsErr from NotExc()', r333)
def r334():
    try:
        {}['missing']
    except KeyError:
        raise ArgsErr from NotExc()
show('in handler: raise ArgsErr from NotExc()', r334)
def r335():
    raise ArgsErr from BadNew
show('raise ArgsErr from BadNew', r335)
def r336():
    try:
        {}['missing']
    except KeyError:
        raise ArgsErr from BadNew
show('in handler: raise ArgsErr from BadNew', r336)
def r337():
    raise ArgsErr from KeyError
show('raise ArgsErr from KeyError', r337)
def r338():
    try:
        {}['missing']
    except KeyError:
        raise ArgsErr from KeyError
show('in handler: raise ArgsErr from KeyError', r338)
def r339():
    raise ArgsErr from Custom
show('raise ArgsErr from Custom', r339)
def r340():
    try:
        {}['missing']
    except KeyError:
        raise ArgsErr from Custom
show('in handler: raise ArgsErr from Custom', r340)
def r341():
    raise
show('raise', r341)
def r342():
    try:
        1/0
    except ZeroDivisionError:
        raise
show('try:;  1/0; except ZeroDivisionError:;  raise', r342)
def r343():
    try:
        1/0
    finally:
        raise ValueError('in finally')
show("try:;  1/0; finally:;  raise ValueError('in finally')", r343)
def r344():
    try:
        1/0
    except ZeroDivisionError as e:
        raise e
show('try:;  1/0; except ZeroDivisionError as e:;  raise e', r344)
def r345():
    try:
        1/0
    except ZeroDivisionError as e:
        raise e from e
show('try:;  1/0; except ZeroDivisionError as e:;  raise e from e', r345)
def r346():
    try:
        try:
            1/0
        except ZeroDivisionError:
            raise ValueError('v')
    except ValueError:
        raise
show("try:;  try:;   1/0;  except ZeroDivisionError:;   raise ValueError('v'); except ValueError:;  raise", r346)
def r347():
    e = ValueError('x')
    e.__cause__ = 5
show("e = ValueError('x'); e.__cause__ = 5", r347)
def r348():
    e = ValueError('x')
    e.__context__ = 'str'
show("e = ValueError('x'); e.__context__ = 'str'", r348)
def r349():
    e = ValueError('x')
    e.__suppress_context__ = 1
    raise e
show("e = ValueError('x'); e.__suppress_context__ = 1; raise e", r349)
def r350():
    e = ValueError('x')
    e.__traceback__ = 5
show("e = ValueError('x'); e.__traceback__ = 5", r350)
def r351():
    raise ValueError('x').with_traceback(5)
show("raise ValueError('x').with_traceback(5)", r351)
def r352():
    raise ValueError('x').with_traceback(None)
show("raise ValueError('x').with_traceback(None)", r352)
def r353():
    import sys
    print(sys.exc_info())
    raise
show('import sys; print(sys.exc_info()); raise', r353)
def r354():
    try:
        raise KeyError('a')
    except KeyError:
        try:
            raise ValueError('b')
        except ValueError:
            pass
        raise
show("try:;  raise KeyError('a'); except KeyError:;  try:;   raise ValueError('b');  except ValueError:;   pass;  raise", r354)
def r355():
    try:
        raise KeyError('a')
    except KeyError as e:
        e2 = e
    raise e2
show("try:;  raise KeyError('a'); except KeyError as e:;  e2 = e; raise e2", r355)
def r356():
    e = ValueError('loop')
    try:
        raise e
    except ValueError:
        raise e
show("e = ValueError('loop'); try:;  raise e; except ValueError:;  raise e", r356)
def r357():
    try:
        raise TypeError('t')
    except TypeError as e:
        raise ValueError('v') from e.__context__
show("try:;  raise TypeError('t'); except TypeError as e:;  raise ValueError('v') from e.__context__", r357)
