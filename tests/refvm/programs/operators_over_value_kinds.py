# Binary, unary and augmented operators over pairs of values of every kind: builtins,
# their subclasses, classes with reflected, NotImplemented-returning and subclass-
# priority methods (a quarter of the binary grid, every % and every augmented form).
# The grid (15,099 cases) found refvm's `x += y` and `x *= y` calling a list's or
# bytearray's in-place concat/repeat before the operands' number methods (CPython
# 3.11's PyNumber_InPlaceAdd/Multiply try those first: `[1] += A()` is A.__radd__),
# repeating by b when a's type has sequence methods (`MyInt(5) *= 'x'` is an error),
# wording a repeat's bad count as __index__'s, and `'ab' % MyInt(5)` taking the int
# subclass as a mapping.

class A:
    def __repr__(self): return 'A()'
    def __add__(self, o): return ('A.add', type(o).__name__)
    def __radd__(self, o): return ('A.radd', type(o).__name__)
    def __lt__(self, o): return ('A.lt', type(o).__name__)
    def __eq__(self, o): return isinstance(o, A)
    __hash__ = None
    def __contains__(self, x): return x == 1
    def __mul__(self, o): return NotImplemented
    def __rmul__(self, o): return 'A.rmul'
    def __matmul__(self, o): return 'A.matmul'
class B(A):
    def __repr__(self): return 'B()'
    def __radd__(self, o): return ('B.radd', type(o).__name__)
    def __gt__(self, o): return ('B.gt', type(o).__name__)
class MyInt(int):
    def __repr__(self): return 'MyInt(%d)' % int(self)
    def __radd__(self, o): return ('MyInt.radd', type(o).__name__)
class MyStr(str):
    def __mod__(self, o): return ('MyStr.mod', type(o).__name__)
class MyList(list):
    def __iadd__(self, o): return 'iadd'
class NI:
    def __repr__(self): return 'NI()'
    def __eq__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
    def __bool__(self): raise ValueError('no truth')
def show(i, f):
    try:
        r = f()
        print(i, type(r).__name__, repr(r))
    except Exception as e:
        print(i, 'EXC', type(e).__name__, e)

show(0, lambda: 0 + 2**70)
show(1, lambda: 0 + None)
show(2, lambda: 0 + [1, 2])
show(3, lambda: 0 + frozenset({3}))
show(4, lambda: 0 + B())
show(5, lambda: 0 + NI())
show(6, lambda: 0 - -3)
show(7, lambda: 0 - True)
show(8, lambda: 0 - b'xy')
show(9, lambda: 0 - {3})
show(10, lambda: 0 - A())
show(11, lambda: 0 - MyList([1]))
show(12, lambda: 0 * 1)
show(13, lambda: 0 * -0.0)
show(14, lambda: 0 * '')
show(15, lambda: 0 * {1: 2})
show(16, lambda: 0 * range(3))
show(17, lambda: 0 * MyStr('q'))
show(18, lambda: 0 / 0)
show(19, lambda: 0 / 2.5)
show(20, lambda: 0 / 'ab')
show(21, lambda: 0 / (1,))
show(22, lambda: 0 / 1j)
show(23, lambda: 0 / MyInt(5))
show(24, lambda: 0 / bytearray(b'q'))
show(25, lambda: 0 // 2**70)
show(26, lambda: 0 // None)
show(27, lambda: 0 // [1, 2])
show(28, lambda: 0 // frozenset({3}))
show(29, lambda: 0 // B())
show(30, lambda: 0 // NI())
show(31, lambda: 0 % 0)
show(32, lambda: 0 % 1)
show(33, lambda: 0 % -3)
show(34, lambda: 0 % 2**70)
show(35, lambda: 0 % 2.5)
show(36, lambda: 0 % -0.0)
show(37, lambda: 0 % True)
show(38, lambda: 0 % None)
show(39, lambda: 0 % 'ab')
show(40, lambda: 0 % '')
show(41, lambda: 0 % b'xy')
show(42, lambda: 0 % [1, 2])
show(43, lambda: 0 % (1,))
show(44, lambda: 0 % {1: 2})
show(45, lambda: 0 % {3})
show(46, lambda: 0 % frozenset({3}))
show(47, lambda: 0 % 1j)
show(48, lambda: 0 % range(3))
show(49, lambda: 0 % A())
show(50, lambda: 0 % B())
show(51, lambda: 0 % MyInt(5))
show(52, lambda: 0 % MyStr('q'))
show(53, lambda: 0 % MyList([1]))
show(54, lambda: 0 % NI())
show(55, lambda: 0 % bytearray(b'q'))
show(56, lambda: 0 ** 1)
show(57, lambda: 0 ** -0.0)
show(58, lambda: 0 ** '')
show(59, lambda: 0 ** {1: 2})
show(60, lambda: 0 ** range(3))
show(61, lambda: 0 ** MyStr('q'))
show(62, lambda: 0 << 0)
show(63, lambda: 0 << 2.5)
show(64, lambda: 0 << 'ab')
show(65, lambda: 0 << (1,))
show(66, lambda: 0 << 1j)
show(67, lambda: 0 << MyInt(5))
show(68, lambda: 0 << bytearray(b'q'))
show(69, lambda: 0 >> 2**70)
show(70, lambda: 0 >> None)
show(71, lambda: 0 >> [1, 2])
show(72, lambda: 0 >> frozenset({3}))
show(73, lambda: 0 >> B())
show(74, lambda: 0 >> NI())
show(75, lambda: 0 & -3)
show(76, lambda: 0 & True)
show(77, lambda: 0 & b'xy')
show(78, lambda: 0 & {3})
show(79, lambda: 0 & A())
show(80, lambda: 0 & MyList([1]))
show(81, lambda: 0 | 1)
show(82, lambda: 0 | -0.0)
show(83, lambda: 0 | '')
show(84, lambda: 0 | {1: 2})
show(85, lambda: 0 | range(3))
show(86, lambda: 0 | MyStr('q'))
show(87, lambda: 0 ^ 0)
show(88, lambda: 0 ^ 2.5)
show(89, lambda: 0 ^ 'ab')
show(90, lambda: 0 ^ (1,))
show(91, lambda: 0 ^ 1j)
show(92, lambda: 0 ^ MyInt(5))
show(93, lambda: 0 ^ bytearray(b'q'))
show(94, lambda: 0 < 2**70)
show(95, lambda: 0 < None)
show(96, lambda: 0 < [1, 2])
show(97, lambda: 0 < frozenset({3}))
show(98, lambda: 0 < B())
show(99, lambda: 0 < NI())
show(100, lambda: 0 <= -3)
show(101, lambda: 0 <= True)
show(102, lambda: 0 <= b'xy')
show(103, lambda: 0 <= {3})
show(104, lambda: 0 <= A())
show(105, lambda: 0 <= MyList([1]))
show(106, lambda: 0 == 1)
show(107, lambda: 0 == -0.0)
show(108, lambda: 0 == '')
show(109, lambda: 0 == {1: 2})
show(110, lambda: 0 == range(3))
show(111, lambda: 0 == MyStr('q'))
show(112, lambda: 0 != 0)
show(113, lambda: 0 != 2.5)
show(114, lambda: 0 != 'ab')
show(115, lambda: 0 != (1,))
show(116, lambda: 0 != 1j)
show(117, lambda: 0 != MyInt(5))
show(118, lambda: 0 != bytearray(b'q'))
show(119, lambda: 0 > 2**70)
show(120, lambda: 0 > None)
show(121, lambda: 0 > [1, 2])
show(122, lambda: 0 > frozenset({3}))
show(123, lambda: 0 > B())
show(124, lambda: 0 > NI())
show(125, lambda: 0 >= -3)
show(126, lambda: 0 >= True)
show(127, lambda: 0 >= b'xy')
show(128, lambda: 0 >= {3})
show(129, lambda: 0 >= A())
show(130, lambda: 0 >= MyList([1]))
show(131, lambda: 0 in 1)
show(132, lambda: 0 in -0.0)
show(133, lambda: 0 in '')
show(134, lambda: 0 in {1: 2})
show(135, lambda: 0 in range(3))
show(136, lambda: 0 in MyStr('q'))
show(137, lambda: 0 not in 0)
show(138, lambda: 0 not in 2.5)
show(139, lambda: 0 not in 'ab')
show(140, lambda: 0 not in (1,))
show(141, lambda: 0 not in 1j)
show(142, lambda: 0 not in MyInt(5))
show(143, lambda: 0 not in bytearray(b'q'))
show(144, lambda: 0 @ -3)
show(145, lambda: 0 @ True)
show(146, lambda: 0 @ b'xy')
show(147, lambda: 0 @ {3})
show(148, lambda: 0 @ A())
show(149, lambda: 0 @ MyList([1]))
show(150, lambda: 1 + 1)
show(151, lambda: 1 + -0.0)
show(152, lambda: 1 + '')
show(153, lambda: 1 + {1: 2})
show(154, lambda: 1 + range(3))
show(155, lambda: 1 + MyStr('q'))
show(156, lambda: 1 - 0)
show(157, lambda: 1 - 2.5)
show(158, lambda: 1 - 'ab')
show(159, lambda: 1 - (1,))
show(160, lambda: 1 - 1j)
show(161, lambda: 1 - MyInt(5))
show(162, lambda: 1 - bytearray(b'q'))
show(163, lambda: 1 * 2**70)
show(164, lambda: 1 * None)
show(165, lambda: 1 * [1, 2])
show(166, lambda: 1 * frozenset({3}))
show(167, lambda: 1 * B())
show(168, lambda: 1 * NI())
show(169, lambda: 1 / -3)
show(170, lambda: 1 / True)
show(171, lambda: 1 / b'xy')
show(172, lambda: 1 / {3})
show(173, lambda: 1 / A())
show(174, lambda: 1 / MyList([1]))
show(175, lambda: 1 // 1)
show(176, lambda: 1 // -0.0)
show(177, lambda: 1 // '')
show(178, lambda: 1 // {1: 2})
show(179, lambda: 1 // range(3))
show(180, lambda: 1 // MyStr('q'))
show(181, lambda: 1 % 0)
show(182, lambda: 1 % 1)
show(183, lambda: 1 % -3)
show(184, lambda: 1 % 2**70)
show(185, lambda: 1 % 2.5)
show(186, lambda: 1 % -0.0)
show(187, lambda: 1 % True)
show(188, lambda: 1 % None)
show(189, lambda: 1 % 'ab')
show(190, lambda: 1 % '')
show(191, lambda: 1 % b'xy')
show(192, lambda: 1 % [1, 2])
show(193, lambda: 1 % (1,))
show(194, lambda: 1 % {1: 2})
show(195, lambda: 1 % {3})
show(196, lambda: 1 % frozenset({3}))
show(197, lambda: 1 % 1j)
show(198, lambda: 1 % range(3))
show(199, lambda: 1 % A())
show(200, lambda: 1 % B())
show(201, lambda: 1 % MyInt(5))
show(202, lambda: 1 % MyStr('q'))
show(203, lambda: 1 % MyList([1]))
show(204, lambda: 1 % NI())
show(205, lambda: 1 % bytearray(b'q'))
show(206, lambda: 1 ** 2**70)
show(207, lambda: 1 ** None)
show(208, lambda: 1 ** [1, 2])
show(209, lambda: 1 ** frozenset({3}))
show(210, lambda: 1 ** B())
show(211, lambda: 1 ** NI())
show(212, lambda: 1 << -3)
show(213, lambda: 1 << True)
show(214, lambda: 1 << b'xy')
show(215, lambda: 1 << {3})
show(216, lambda: 1 << A())
show(217, lambda: 1 << MyList([1]))
show(218, lambda: 1 >> 1)
show(219, lambda: 1 >> -0.0)
show(220, lambda: 1 >> '')
show(221, lambda: 1 >> {1: 2})
show(222, lambda: 1 >> range(3))
show(223, lambda: 1 >> MyStr('q'))
show(224, lambda: 1 & 0)
show(225, lambda: 1 & 2.5)
show(226, lambda: 1 & 'ab')
show(227, lambda: 1 & (1,))
show(228, lambda: 1 & 1j)
show(229, lambda: 1 & MyInt(5))
show(230, lambda: 1 & bytearray(b'q'))
show(231, lambda: 1 | 2**70)
show(232, lambda: 1 | None)
show(233, lambda: 1 | [1, 2])
show(234, lambda: 1 | frozenset({3}))
show(235, lambda: 1 | B())
show(236, lambda: 1 | NI())
show(237, lambda: 1 ^ -3)
show(238, lambda: 1 ^ True)
show(239, lambda: 1 ^ b'xy')
show(240, lambda: 1 ^ {3})
show(241, lambda: 1 ^ A())
show(242, lambda: 1 ^ MyList([1]))
show(243, lambda: 1 < 1)
show(244, lambda: 1 < -0.0)
show(245, lambda: 1 < '')
show(246, lambda: 1 < {1: 2})
show(247, lambda: 1 < range(3))
show(248, lambda: 1 < MyStr('q'))
show(249, lambda: 1 <= 0)
show(250, lambda: 1 <= 2.5)
show(251, lambda: 1 <= 'ab')
show(252, lambda: 1 <= (1,))
show(253, lambda: 1 <= 1j)
show(254, lambda: 1 <= MyInt(5))
show(255, lambda: 1 <= bytearray(b'q'))
show(256, lambda: 1 == 2**70)
show(257, lambda: 1 == None)
show(258, lambda: 1 == [1, 2])
show(259, lambda: 1 == frozenset({3}))
show(260, lambda: 1 == B())
show(261, lambda: 1 == NI())
show(262, lambda: 1 != -3)
show(263, lambda: 1 != True)
show(264, lambda: 1 != b'xy')
show(265, lambda: 1 != {3})
show(266, lambda: 1 != A())
show(267, lambda: 1 != MyList([1]))
show(268, lambda: 1 > 1)
show(269, lambda: 1 > -0.0)
show(270, lambda: 1 > '')
show(271, lambda: 1 > {1: 2})
show(272, lambda: 1 > range(3))
show(273, lambda: 1 > MyStr('q'))
show(274, lambda: 1 >= 0)
show(275, lambda: 1 >= 2.5)
show(276, lambda: 1 >= 'ab')
show(277, lambda: 1 >= (1,))
show(278, lambda: 1 >= 1j)
show(279, lambda: 1 >= MyInt(5))
show(280, lambda: 1 >= bytearray(b'q'))
show(281, lambda: 1 in 2**70)
show(282, lambda: 1 in None)
show(283, lambda: 1 in [1, 2])
show(284, lambda: 1 in frozenset({3}))
show(285, lambda: 1 in B())
show(286, lambda: 1 in NI())
show(287, lambda: 1 not in -3)
show(288, lambda: 1 not in True)
show(289, lambda: 1 not in b'xy')
show(290, lambda: 1 not in {3})
show(291, lambda: 1 not in A())
show(292, lambda: 1 not in MyList([1]))
show(293, lambda: 1 @ 0)
show(294, lambda: 1 @ 2.5)
show(295, lambda: 1 @ 'ab')
show(296, lambda: 1 @ (1,))
show(297, lambda: 1 @ 1j)
show(298, lambda: 1 @ MyInt(5))
show(299, lambda: 1 @ bytearray(b'q'))
show(300, lambda: -3 + 2**70)
show(301, lambda: -3 + None)
show(302, lambda: -3 + [1, 2])
show(303, lambda: -3 + frozenset({3}))
show(304, lambda: -3 + B())
show(305, lambda: -3 + NI())
show(306, lambda: -3 - -3)
show(307, lambda: -3 - True)
show(308, lambda: -3 - b'xy')
show(309, lambda: -3 - {3})
show(310, lambda: -3 - A())
show(311, lambda: -3 - MyList([1]))
show(312, lambda: -3 * 1)
show(313, lambda: -3 * -0.0)
show(314, lambda: -3 * '')
show(315, lambda: -3 * {1: 2})
show(316, lambda: -3 * range(3))
show(317, lambda: -3 * MyStr('q'))
show(318, lambda: -3 / 0)
show(319, lambda: -3 / 2.5)
show(320, lambda: -3 / 'ab')
show(321, lambda: -3 / (1,))
show(322, lambda: -3 / 1j)
show(323, lambda: -3 / MyInt(5))
show(324, lambda: -3 / bytearray(b'q'))
show(325, lambda: -3 // 2**70)
show(326, lambda: -3 // None)
show(327, lambda: -3 // [1, 2])
show(328, lambda: -3 // frozenset({3}))
show(329, lambda: -3 // B())
show(330, lambda: -3 // NI())
show(331, lambda: -3 % 0)
show(332, lambda: -3 % 1)
show(333, lambda: -3 % -3)
show(334, lambda: -3 % 2**70)
show(335, lambda: -3 % 2.5)
show(336, lambda: -3 % -0.0)
show(337, lambda: -3 % True)
show(338, lambda: -3 % None)
show(339, lambda: -3 % 'ab')
show(340, lambda: -3 % '')
show(341, lambda: -3 % b'xy')
show(342, lambda: -3 % [1, 2])
show(343, lambda: -3 % (1,))
show(344, lambda: -3 % {1: 2})
show(345, lambda: -3 % {3})
show(346, lambda: -3 % frozenset({3}))
show(347, lambda: -3 % 1j)
show(348, lambda: -3 % range(3))
show(349, lambda: -3 % A())
show(350, lambda: -3 % B())
show(351, lambda: -3 % MyInt(5))
show(352, lambda: -3 % MyStr('q'))
show(353, lambda: -3 % MyList([1]))
show(354, lambda: -3 % NI())
show(355, lambda: -3 % bytearray(b'q'))
show(356, lambda: -3 ** 1)
show(357, lambda: -3 ** True)
show(358, lambda: -3 ** b'xy')
show(359, lambda: -3 ** {3})
show(360, lambda: -3 ** A())
show(361, lambda: -3 ** NI())
show(362, lambda: -3 << -3)
show(363, lambda: -3 << None)
show(364, lambda: -3 << [1, 2])
show(365, lambda: -3 << frozenset({3}))
show(366, lambda: -3 << B())
show(367, lambda: -3 << bytearray(b'q'))
show(368, lambda: -3 >> 2**70)
show(369, lambda: -3 >> None)
show(370, lambda: -3 >> [1, 2])
show(371, lambda: -3 >> frozenset({3}))
show(372, lambda: -3 >> B())
show(373, lambda: -3 >> NI())
show(374, lambda: -3 & -3)
show(375, lambda: -3 & True)
show(376, lambda: -3 & b'xy')
show(377, lambda: -3 & {3})
show(378, lambda: -3 & A())
show(379, lambda: -3 & MyList([1]))
show(380, lambda: -3 | 1)
show(381, lambda: -3 | -0.0)
show(382, lambda: -3 | '')
show(383, lambda: -3 | {1: 2})
show(384, lambda: -3 | range(3))
show(385, lambda: -3 | MyStr('q'))
show(386, lambda: -3 ^ 0)
show(387, lambda: -3 ^ 2.5)
show(388, lambda: -3 ^ 'ab')
show(389, lambda: -3 ^ (1,))
show(390, lambda: -3 ^ 1j)
show(391, lambda: -3 ^ MyInt(5))
show(392, lambda: -3 ^ bytearray(b'q'))
show(393, lambda: -3 < 2**70)
show(394, lambda: -3 < None)
show(395, lambda: -3 < [1, 2])
show(396, lambda: -3 < frozenset({3}))
show(397, lambda: -3 < B())
show(398, lambda: -3 < NI())
show(399, lambda: -3 <= -3)
show(400, lambda: -3 <= True)
show(401, lambda: -3 <= b'xy')
show(402, lambda: -3 <= {3})
show(403, lambda: -3 <= A())
show(404, lambda: -3 <= MyList([1]))
show(405, lambda: -3 == 1)
show(406, lambda: -3 == -0.0)
show(407, lambda: -3 == '')
show(408, lambda: -3 == {1: 2})
show(409, lambda: -3 == range(3))
show(410, lambda: -3 == MyStr('q'))
show(411, lambda: -3 != 0)
show(412, lambda: -3 != 2.5)
show(413, lambda: -3 != 'ab')
show(414, lambda: -3 != (1,))
show(415, lambda: -3 != 1j)
show(416, lambda: -3 != MyInt(5))
show(417, lambda: -3 != bytearray(b'q'))
show(418, lambda: -3 > 2**70)
show(419, lambda: -3 > None)
show(420, lambda: -3 > [1, 2])
show(421, lambda: -3 > frozenset({3}))
show(422, lambda: -3 > B())
show(423, lambda: -3 > NI())
show(424, lambda: -3 >= -3)
show(425, lambda: -3 >= True)
show(426, lambda: -3 >= b'xy')
show(427, lambda: -3 >= {3})
show(428, lambda: -3 >= A())
show(429, lambda: -3 >= MyList([1]))
show(430, lambda: -3 in 1)
show(431, lambda: -3 in -0.0)
show(432, lambda: -3 in '')
show(433, lambda: -3 in {1: 2})
show(434, lambda: -3 in range(3))
show(435, lambda: -3 in MyStr('q'))
show(436, lambda: -3 not in 0)
show(437, lambda: -3 not in 2.5)
show(438, lambda: -3 not in 'ab')
show(439, lambda: -3 not in (1,))
show(440, lambda: -3 not in 1j)
show(441, lambda: -3 not in MyInt(5))
show(442, lambda: -3 not in bytearray(b'q'))
show(443, lambda: -3 @ -3)
show(444, lambda: -3 @ True)
show(445, lambda: -3 @ b'xy')
show(446, lambda: -3 @ {3})
show(447, lambda: -3 @ A())
show(448, lambda: -3 @ MyList([1]))
show(449, lambda: 2**70 + 1)
show(450, lambda: 2**70 + -0.0)
show(451, lambda: 2**70 + '')
show(452, lambda: 2**70 + {1: 2})
show(453, lambda: 2**70 + range(3))
show(454, lambda: 2**70 + MyStr('q'))
show(455, lambda: 2**70 - 0)
show(456, lambda: 2**70 - 2.5)
show(457, lambda: 2**70 - 'ab')
show(458, lambda: 2**70 - (1,))
show(459, lambda: 2**70 - 1j)
show(460, lambda: 2**70 - MyInt(5))
show(461, lambda: 2**70 - bytearray(b'q'))
show(462, lambda: 2**70 * 2**70)
show(463, lambda: 2**70 * None)
show(464, lambda: 2**70 * [1, 2])
show(465, lambda: 2**70 * frozenset({3}))
show(466, lambda: 2**70 * B())
show(467, lambda: 2**70 * NI())
show(468, lambda: 2**70 / -3)
show(469, lambda: 2**70 / True)
show(470, lambda: 2**70 / b'xy')
show(471, lambda: 2**70 / {3})
show(472, lambda: 2**70 / A())
show(473, lambda: 2**70 / MyList([1]))
show(474, lambda: 2**70 // 1)
show(475, lambda: 2**70 // -0.0)
show(476, lambda: 2**70 // '')
show(477, lambda: 2**70 // {1: 2})
show(478, lambda: 2**70 // range(3))
show(479, lambda: 2**70 // MyStr('q'))
show(480, lambda: 2**70 % 0)
show(481, lambda: 2**70 % 1)
show(482, lambda: 2**70 % -3)
show(483, lambda: 2**70 % 2**70)
show(484, lambda: 2**70 % 2.5)
show(485, lambda: 2**70 % -0.0)
show(486, lambda: 2**70 % True)
show(487, lambda: 2**70 % None)
show(488, lambda: 2**70 % 'ab')
show(489, lambda: 2**70 % '')
show(490, lambda: 2**70 % b'xy')
show(491, lambda: 2**70 % [1, 2])
show(492, lambda: 2**70 % (1,))
show(493, lambda: 2**70 % {1: 2})
show(494, lambda: 2**70 % {3})
show(495, lambda: 2**70 % frozenset({3}))
show(496, lambda: 2**70 % 1j)
show(497, lambda: 2**70 % range(3))
show(498, lambda: 2**70 % A())
show(499, lambda: 2**70 % B())
show(500, lambda: 2**70 % MyInt(5))
show(501, lambda: 2**70 % MyStr('q'))
show(502, lambda: 2**70 % MyList([1]))
show(503, lambda: 2**70 % NI())
show(504, lambda: 2**70 % bytearray(b'q'))
show(505, lambda: 2**70 ** 2.5)
show(506, lambda: 2**70 ** 'ab')
show(507, lambda: 2**70 ** (1,))
show(508, lambda: 2**70 ** 1j)
show(509, lambda: 2**70 ** MyStr('q'))
show(510, lambda: 2**70 << 0)
show(511, lambda: 2**70 << -0.0)
show(512, lambda: 2**70 << '')
show(513, lambda: 2**70 << {1: 2})
show(514, lambda: 2**70 << range(3))
show(515, lambda: 2**70 << MyList([1]))
show(516, lambda: 2**70 >> 1)
show(517, lambda: 2**70 >> -0.0)
show(518, lambda: 2**70 >> '')
show(519, lambda: 2**70 >> {1: 2})
show(520, lambda: 2**70 >> range(3))
show(521, lambda: 2**70 >> MyStr('q'))
show(522, lambda: 2**70 & 0)
show(523, lambda: 2**70 & 2.5)
show(524, lambda: 2**70 & 'ab')
show(525, lambda: 2**70 & (1,))
show(526, lambda: 2**70 & 1j)
show(527, lambda: 2**70 & MyInt(5))
show(528, lambda: 2**70 & bytearray(b'q'))
show(529, lambda: 2**70 | 2**70)
show(530, lambda: 2**70 | None)
show(531, lambda: 2**70 | [1, 2])
show(532, lambda: 2**70 | frozenset({3}))
show(533, lambda: 2**70 | B())
show(534, lambda: 2**70 | NI())
show(535, lambda: 2**70 ^ -3)
show(536, lambda: 2**70 ^ True)
show(537, lambda: 2**70 ^ b'xy')
show(538, lambda: 2**70 ^ {3})
show(539, lambda: 2**70 ^ A())
show(540, lambda: 2**70 ^ MyList([1]))
show(541, lambda: 2**70 < 1)
show(542, lambda: 2**70 < -0.0)
show(543, lambda: 2**70 < '')
show(544, lambda: 2**70 < {1: 2})
show(545, lambda: 2**70 < range(3))
show(546, lambda: 2**70 < MyStr('q'))
show(547, lambda: 2**70 <= 0)
show(548, lambda: 2**70 <= 2.5)
show(549, lambda: 2**70 <= 'ab')
show(550, lambda: 2**70 <= (1,))
show(551, lambda: 2**70 <= 1j)
show(552, lambda: 2**70 <= MyInt(5))
show(553, lambda: 2**70 <= bytearray(b'q'))
show(554, lambda: 2**70 == 2**70)
show(555, lambda: 2**70 == None)
show(556, lambda: 2**70 == [1, 2])
show(557, lambda: 2**70 == frozenset({3}))
show(558, lambda: 2**70 == B())
show(559, lambda: 2**70 == NI())
show(560, lambda: 2**70 != -3)
show(561, lambda: 2**70 != True)
show(562, lambda: 2**70 != b'xy')
show(563, lambda: 2**70 != {3})
show(564, lambda: 2**70 != A())
show(565, lambda: 2**70 != MyList([1]))
show(566, lambda: 2**70 > 1)
show(567, lambda: 2**70 > -0.0)
show(568, lambda: 2**70 > '')
show(569, lambda: 2**70 > {1: 2})
show(570, lambda: 2**70 > range(3))
show(571, lambda: 2**70 > MyStr('q'))
show(572, lambda: 2**70 >= 0)
show(573, lambda: 2**70 >= 2.5)
show(574, lambda: 2**70 >= 'ab')
show(575, lambda: 2**70 >= (1,))
show(576, lambda: 2**70 >= 1j)
show(577, lambda: 2**70 >= MyInt(5))
show(578, lambda: 2**70 >= bytearray(b'q'))
show(579, lambda: 2**70 in 2**70)
show(580, lambda: 2**70 in None)
show(581, lambda: 2**70 in [1, 2])
show(582, lambda: 2**70 in frozenset({3}))
show(583, lambda: 2**70 in B())
show(584, lambda: 2**70 in NI())
show(585, lambda: 2**70 not in -3)
show(586, lambda: 2**70 not in True)
show(587, lambda: 2**70 not in b'xy')
show(588, lambda: 2**70 not in {3})
show(589, lambda: 2**70 not in A())
show(590, lambda: 2**70 not in MyList([1]))
show(591, lambda: 2**70 @ 0)
show(592, lambda: 2**70 @ 2.5)
show(593, lambda: 2**70 @ 'ab')
show(594, lambda: 2**70 @ (1,))
show(595, lambda: 2**70 @ 1j)
show(596, lambda: 2**70 @ MyInt(5))
show(597, lambda: 2**70 @ bytearray(b'q'))
show(598, lambda: 2.5 + 2**70)
show(599, lambda: 2.5 + None)
show(600, lambda: 2.5 + [1, 2])
show(601, lambda: 2.5 + frozenset({3}))
show(602, lambda: 2.5 + B())
show(603, lambda: 2.5 + NI())
show(604, lambda: 2.5 - -3)
show(605, lambda: 2.5 - True)
show(606, lambda: 2.5 - b'xy')
show(607, lambda: 2.5 - {3})
show(608, lambda: 2.5 - A())
show(609, lambda: 2.5 - MyList([1]))
show(610, lambda: 2.5 * 1)
show(611, lambda: 2.5 * -0.0)
show(612, lambda: 2.5 * '')
show(613, lambda: 2.5 * {1: 2})
show(614, lambda: 2.5 * range(3))
show(615, lambda: 2.5 * MyStr('q'))
show(616, lambda: 2.5 / 0)
show(617, lambda: 2.5 / 2.5)
show(618, lambda: 2.5 / 'ab')
show(619, lambda: 2.5 / (1,))
show(620, lambda: 2.5 / 1j)
show(621, lambda: 2.5 / MyInt(5))
show(622, lambda: 2.5 / bytearray(b'q'))
show(623, lambda: 2.5 // 2**70)
show(624, lambda: 2.5 // None)
show(625, lambda: 2.5 // [1, 2])
show(626, lambda: 2.5 // frozenset({3}))
show(627, lambda: 2.5 // B())
show(628, lambda: 2.5 // NI())
show(629, lambda: 2.5 % 0)
show(630, lambda: 2.5 % 1)
show(631, lambda: 2.5 % -3)
show(632, lambda: 2.5 % 2**70)
show(633, lambda: 2.5 % 2.5)
show(634, lambda: 2.5 % -0.0)
show(635, lambda: 2.5 % True)
show(636, lambda: 2.5 % None)
show(637, lambda: 2.5 % 'ab')
show(638, lambda: 2.5 % '')
show(639, lambda: 2.5 % b'xy')
show(640, lambda: 2.5 % [1, 2])
show(641, lambda: 2.5 % (1,))
show(642, lambda: 2.5 % {1: 2})
show(643, lambda: 2.5 % {3})
show(644, lambda: 2.5 % frozenset({3}))
show(645, lambda: 2.5 % 1j)
show(646, lambda: 2.5 % range(3))
show(647, lambda: 2.5 % A())
show(648, lambda: 2.5 % B())
show(649, lambda: 2.5 % MyInt(5))
show(650, lambda: 2.5 % MyStr('q'))
show(651, lambda: 2.5 % MyList([1]))
show(652, lambda: 2.5 % NI())
show(653, lambda: 2.5 % bytearray(b'q'))
show(654, lambda: 2.5 ** 1)
show(655, lambda: 2.5 ** True)
show(656, lambda: 2.5 ** b'xy')
show(657, lambda: 2.5 ** {3})
show(658, lambda: 2.5 ** A())
show(659, lambda: 2.5 ** NI())
show(660, lambda: 2.5 << -3)
show(661, lambda: 2.5 << None)
show(662, lambda: 2.5 << [1, 2])
show(663, lambda: 2.5 << frozenset({3}))
show(664, lambda: 2.5 << B())
show(665, lambda: 2.5 << bytearray(b'q'))
show(666, lambda: 2.5 >> 2**70)
show(667, lambda: 2.5 >> None)
show(668, lambda: 2.5 >> [1, 2])
show(669, lambda: 2.5 >> frozenset({3}))
show(670, lambda: 2.5 >> B())
show(671, lambda: 2.5 >> NI())
show(672, lambda: 2.5 & -3)
show(673, lambda: 2.5 & True)
show(674, lambda: 2.5 & b'xy')
show(675, lambda: 2.5 & {3})
show(676, lambda: 2.5 & A())
show(677, lambda: 2.5 & MyList([1]))
show(678, lambda: 2.5 | 1)
show(679, lambda: 2.5 | -0.0)
show(680, lambda: 2.5 | '')
show(681, lambda: 2.5 | {1: 2})
show(682, lambda: 2.5 | range(3))
show(683, lambda: 2.5 | MyStr('q'))
show(684, lambda: 2.5 ^ 0)
show(685, lambda: 2.5 ^ 2.5)
show(686, lambda: 2.5 ^ 'ab')
show(687, lambda: 2.5 ^ (1,))
show(688, lambda: 2.5 ^ 1j)
show(689, lambda: 2.5 ^ MyInt(5))
show(690, lambda: 2.5 ^ bytearray(b'q'))
show(691, lambda: 2.5 < 2**70)
show(692, lambda: 2.5 < None)
show(693, lambda: 2.5 < [1, 2])
show(694, lambda: 2.5 < frozenset({3}))
show(695, lambda: 2.5 < B())
show(696, lambda: 2.5 < NI())
show(697, lambda: 2.5 <= -3)
show(698, lambda: 2.5 <= True)
show(699, lambda: 2.5 <= b'xy')
show(700, lambda: 2.5 <= {3})
show(701, lambda: 2.5 <= A())
show(702, lambda: 2.5 <= MyList([1]))
show(703, lambda: 2.5 == 1)
show(704, lambda: 2.5 == -0.0)
show(705, lambda: 2.5 == '')
show(706, lambda: 2.5 == {1: 2})
show(707, lambda: 2.5 == range(3))
show(708, lambda: 2.5 == MyStr('q'))
show(709, lambda: 2.5 != 0)
show(710, lambda: 2.5 != 2.5)
show(711, lambda: 2.5 != 'ab')
show(712, lambda: 2.5 != (1,))
show(713, lambda: 2.5 != 1j)
show(714, lambda: 2.5 != MyInt(5))
show(715, lambda: 2.5 != bytearray(b'q'))
show(716, lambda: 2.5 > 2**70)
show(717, lambda: 2.5 > None)
show(718, lambda: 2.5 > [1, 2])
show(719, lambda: 2.5 > frozenset({3}))
show(720, lambda: 2.5 > B())
show(721, lambda: 2.5 > NI())
show(722, lambda: 2.5 >= -3)
show(723, lambda: 2.5 >= True)
show(724, lambda: 2.5 >= b'xy')
show(725, lambda: 2.5 >= {3})
show(726, lambda: 2.5 >= A())
show(727, lambda: 2.5 >= MyList([1]))
show(728, lambda: 2.5 in 1)
show(729, lambda: 2.5 in -0.0)
show(730, lambda: 2.5 in '')
show(731, lambda: 2.5 in {1: 2})
show(732, lambda: 2.5 in range(3))
show(733, lambda: 2.5 in MyStr('q'))
show(734, lambda: 2.5 not in 0)
show(735, lambda: 2.5 not in 2.5)
show(736, lambda: 2.5 not in 'ab')
show(737, lambda: 2.5 not in (1,))
show(738, lambda: 2.5 not in 1j)
show(739, lambda: 2.5 not in MyInt(5))
show(740, lambda: 2.5 not in bytearray(b'q'))
show(741, lambda: 2.5 @ -3)
show(742, lambda: 2.5 @ True)
show(743, lambda: 2.5 @ b'xy')
show(744, lambda: 2.5 @ {3})
show(745, lambda: 2.5 @ A())
show(746, lambda: 2.5 @ MyList([1]))
show(747, lambda: -0.0 + 1)
show(748, lambda: -0.0 + -0.0)
show(749, lambda: -0.0 + '')
show(750, lambda: -0.0 + {1: 2})
show(751, lambda: -0.0 + range(3))
show(752, lambda: -0.0 + MyStr('q'))
show(753, lambda: -0.0 - 0)
show(754, lambda: -0.0 - 2.5)
show(755, lambda: -0.0 - 'ab')
show(756, lambda: -0.0 - (1,))
show(757, lambda: -0.0 - 1j)
show(758, lambda: -0.0 - MyInt(5))
show(759, lambda: -0.0 - bytearray(b'q'))
show(760, lambda: -0.0 * 2**70)
show(761, lambda: -0.0 * None)
show(762, lambda: -0.0 * [1, 2])
show(763, lambda: -0.0 * frozenset({3}))
show(764, lambda: -0.0 * B())
show(765, lambda: -0.0 * NI())
show(766, lambda: -0.0 / -3)
show(767, lambda: -0.0 / True)
show(768, lambda: -0.0 / b'xy')
show(769, lambda: -0.0 / {3})
show(770, lambda: -0.0 / A())
show(771, lambda: -0.0 / MyList([1]))
show(772, lambda: -0.0 // 1)
show(773, lambda: -0.0 // -0.0)
show(774, lambda: -0.0 // '')
show(775, lambda: -0.0 // {1: 2})
show(776, lambda: -0.0 // range(3))
show(777, lambda: -0.0 // MyStr('q'))
show(778, lambda: -0.0 % 0)
show(779, lambda: -0.0 % 1)
show(780, lambda: -0.0 % -3)
show(781, lambda: -0.0 % 2**70)
show(782, lambda: -0.0 % 2.5)
show(783, lambda: -0.0 % -0.0)
show(784, lambda: -0.0 % True)
show(785, lambda: -0.0 % None)
show(786, lambda: -0.0 % 'ab')
show(787, lambda: -0.0 % '')
show(788, lambda: -0.0 % b'xy')
show(789, lambda: -0.0 % [1, 2])
show(790, lambda: -0.0 % (1,))
show(791, lambda: -0.0 % {1: 2})
show(792, lambda: -0.0 % {3})
show(793, lambda: -0.0 % frozenset({3}))
show(794, lambda: -0.0 % 1j)
show(795, lambda: -0.0 % range(3))
show(796, lambda: -0.0 % A())
show(797, lambda: -0.0 % B())
show(798, lambda: -0.0 % MyInt(5))
show(799, lambda: -0.0 % MyStr('q'))
show(800, lambda: -0.0 % MyList([1]))
show(801, lambda: -0.0 % NI())
show(802, lambda: -0.0 % bytearray(b'q'))
show(803, lambda: -0.0 ** 2.5)
show(804, lambda: -0.0 ** 'ab')
show(805, lambda: -0.0 ** (1,))
show(806, lambda: -0.0 ** 1j)
show(807, lambda: -0.0 ** MyStr('q'))
show(808, lambda: -0.0 << 0)
show(809, lambda: -0.0 << -0.0)
show(810, lambda: -0.0 << '')
show(811, lambda: -0.0 << {1: 2})
show(812, lambda: -0.0 << range(3))
show(813, lambda: -0.0 << MyList([1]))
show(814, lambda: -0.0 >> 1)
show(815, lambda: -0.0 >> -0.0)
show(816, lambda: -0.0 >> '')
show(817, lambda: -0.0 >> {1: 2})
show(818, lambda: -0.0 >> range(3))
show(819, lambda: -0.0 >> MyStr('q'))
show(820, lambda: -0.0 & 0)
show(821, lambda: -0.0 & 2.5)
show(822, lambda: -0.0 & 'ab')
show(823, lambda: -0.0 & (1,))
show(824, lambda: -0.0 & 1j)
show(825, lambda: -0.0 & MyInt(5))
show(826, lambda: -0.0 & bytearray(b'q'))
show(827, lambda: -0.0 | 2**70)
show(828, lambda: -0.0 | None)
show(829, lambda: -0.0 | [1, 2])
show(830, lambda: -0.0 | frozenset({3}))
show(831, lambda: -0.0 | B())
show(832, lambda: -0.0 | NI())
show(833, lambda: -0.0 ^ -3)
show(834, lambda: -0.0 ^ True)
show(835, lambda: -0.0 ^ b'xy')
show(836, lambda: -0.0 ^ {3})
show(837, lambda: -0.0 ^ A())
show(838, lambda: -0.0 ^ MyList([1]))
show(839, lambda: -0.0 < 1)
show(840, lambda: -0.0 < -0.0)
show(841, lambda: -0.0 < '')
show(842, lambda: -0.0 < {1: 2})
show(843, lambda: -0.0 < range(3))
show(844, lambda: -0.0 < MyStr('q'))
show(845, lambda: -0.0 <= 0)
show(846, lambda: -0.0 <= 2.5)
show(847, lambda: -0.0 <= 'ab')
show(848, lambda: -0.0 <= (1,))
show(849, lambda: -0.0 <= 1j)
show(850, lambda: -0.0 <= MyInt(5))
show(851, lambda: -0.0 <= bytearray(b'q'))
show(852, lambda: -0.0 == 2**70)
show(853, lambda: -0.0 == None)
show(854, lambda: -0.0 == [1, 2])
show(855, lambda: -0.0 == frozenset({3}))
show(856, lambda: -0.0 == B())
show(857, lambda: -0.0 == NI())
show(858, lambda: -0.0 != -3)
show(859, lambda: -0.0 != True)
show(860, lambda: -0.0 != b'xy')
show(861, lambda: -0.0 != {3})
show(862, lambda: -0.0 != A())
show(863, lambda: -0.0 != MyList([1]))
show(864, lambda: -0.0 > 1)
show(865, lambda: -0.0 > -0.0)
show(866, lambda: -0.0 > '')
show(867, lambda: -0.0 > {1: 2})
show(868, lambda: -0.0 > range(3))
show(869, lambda: -0.0 > MyStr('q'))
show(870, lambda: -0.0 >= 0)
show(871, lambda: -0.0 >= 2.5)
show(872, lambda: -0.0 >= 'ab')
show(873, lambda: -0.0 >= (1,))
show(874, lambda: -0.0 >= 1j)
show(875, lambda: -0.0 >= MyInt(5))
show(876, lambda: -0.0 >= bytearray(b'q'))
show(877, lambda: -0.0 in 2**70)
show(878, lambda: -0.0 in None)
show(879, lambda: -0.0 in [1, 2])
show(880, lambda: -0.0 in frozenset({3}))
show(881, lambda: -0.0 in B())
show(882, lambda: -0.0 in NI())
show(883, lambda: -0.0 not in -3)
show(884, lambda: -0.0 not in True)
show(885, lambda: -0.0 not in b'xy')
show(886, lambda: -0.0 not in {3})
show(887, lambda: -0.0 not in A())
show(888, lambda: -0.0 not in MyList([1]))
show(889, lambda: -0.0 @ 0)
show(890, lambda: -0.0 @ 2.5)
show(891, lambda: -0.0 @ 'ab')
show(892, lambda: -0.0 @ (1,))
show(893, lambda: -0.0 @ 1j)
show(894, lambda: -0.0 @ MyInt(5))
show(895, lambda: -0.0 @ bytearray(b'q'))
show(896, lambda: True + 2**70)
show(897, lambda: True + None)
show(898, lambda: True + [1, 2])
show(899, lambda: True + frozenset({3}))
show(900, lambda: True + B())
show(901, lambda: True + NI())
show(902, lambda: True - -3)
show(903, lambda: True - True)
show(904, lambda: True - b'xy')
show(905, lambda: True - {3})
show(906, lambda: True - A())
show(907, lambda: True - MyList([1]))
show(908, lambda: True * 1)
show(909, lambda: True * -0.0)
show(910, lambda: True * '')
show(911, lambda: True * {1: 2})
show(912, lambda: True * range(3))
show(913, lambda: True * MyStr('q'))
show(914, lambda: True / 0)
show(915, lambda: True / 2.5)
show(916, lambda: True / 'ab')
show(917, lambda: True / (1,))
show(918, lambda: True / 1j)
show(919, lambda: True / MyInt(5))
show(920, lambda: True / bytearray(b'q'))
show(921, lambda: True // 2**70)
show(922, lambda: True // None)
show(923, lambda: True // [1, 2])
show(924, lambda: True // frozenset({3}))
show(925, lambda: True // B())
show(926, lambda: True // NI())
show(927, lambda: True % 0)
show(928, lambda: True % 1)
show(929, lambda: True % -3)
show(930, lambda: True % 2**70)
show(931, lambda: True % 2.5)
show(932, lambda: True % -0.0)
show(933, lambda: True % True)
show(934, lambda: True % None)
show(935, lambda: True % 'ab')
show(936, lambda: True % '')
show(937, lambda: True % b'xy')
show(938, lambda: True % [1, 2])
show(939, lambda: True % (1,))
show(940, lambda: True % {1: 2})
show(941, lambda: True % {3})
show(942, lambda: True % frozenset({3}))
show(943, lambda: True % 1j)
show(944, lambda: True % range(3))
show(945, lambda: True % A())
show(946, lambda: True % B())
show(947, lambda: True % MyInt(5))
show(948, lambda: True % MyStr('q'))
show(949, lambda: True % MyList([1]))
show(950, lambda: True % NI())
show(951, lambda: True % bytearray(b'q'))
show(952, lambda: True ** 1)
show(953, lambda: True ** -0.0)
show(954, lambda: True ** '')
show(955, lambda: True ** {1: 2})
show(956, lambda: True ** range(3))
show(957, lambda: True ** MyStr('q'))
show(958, lambda: True << 0)
show(959, lambda: True << 2.5)
show(960, lambda: True << 'ab')
show(961, lambda: True << (1,))
show(962, lambda: True << 1j)
show(963, lambda: True << MyInt(5))
show(964, lambda: True << bytearray(b'q'))
show(965, lambda: True >> 2**70)
show(966, lambda: True >> None)
show(967, lambda: True >> [1, 2])
show(968, lambda: True >> frozenset({3}))
show(969, lambda: True >> B())
show(970, lambda: True >> NI())
show(971, lambda: True & -3)
show(972, lambda: True & True)
show(973, lambda: True & b'xy')
show(974, lambda: True & {3})
show(975, lambda: True & A())
show(976, lambda: True & MyList([1]))
show(977, lambda: True | 1)
show(978, lambda: True | -0.0)
show(979, lambda: True | '')
show(980, lambda: True | {1: 2})
show(981, lambda: True | range(3))
show(982, lambda: True | MyStr('q'))
show(983, lambda: True ^ 0)
show(984, lambda: True ^ 2.5)
show(985, lambda: True ^ 'ab')
show(986, lambda: True ^ (1,))
show(987, lambda: True ^ 1j)
show(988, lambda: True ^ MyInt(5))
show(989, lambda: True ^ bytearray(b'q'))
show(990, lambda: True < 2**70)
show(991, lambda: True < None)
show(992, lambda: True < [1, 2])
show(993, lambda: True < frozenset({3}))
show(994, lambda: True < B())
show(995, lambda: True < NI())
show(996, lambda: True <= -3)
show(997, lambda: True <= True)
show(998, lambda: True <= b'xy')
show(999, lambda: True <= {3})
show(1000, lambda: True <= A())
show(1001, lambda: True <= MyList([1]))
show(1002, lambda: True == 1)
show(1003, lambda: True == -0.0)
show(1004, lambda: True == '')
show(1005, lambda: True == {1: 2})
show(1006, lambda: True == range(3))
show(1007, lambda: True == MyStr('q'))
show(1008, lambda: True != 0)
show(1009, lambda: True != 2.5)
show(1010, lambda: True != 'ab')
show(1011, lambda: True != (1,))
show(1012, lambda: True != 1j)
show(1013, lambda: True != MyInt(5))
show(1014, lambda: True != bytearray(b'q'))
show(1015, lambda: True > 2**70)
show(1016, lambda: True > None)
show(1017, lambda: True > [1, 2])
show(1018, lambda: True > frozenset({3}))
show(1019, lambda: True > B())
show(1020, lambda: True > NI())
show(1021, lambda: True >= -3)
show(1022, lambda: True >= True)
show(1023, lambda: True >= b'xy')
show(1024, lambda: True >= {3})
show(1025, lambda: True >= A())
show(1026, lambda: True >= MyList([1]))
show(1027, lambda: True in 1)
show(1028, lambda: True in -0.0)
show(1029, lambda: True in '')
show(1030, lambda: True in {1: 2})
show(1031, lambda: True in range(3))
show(1032, lambda: True in MyStr('q'))
show(1033, lambda: True not in 0)
show(1034, lambda: True not in 2.5)
show(1035, lambda: True not in 'ab')
show(1036, lambda: True not in (1,))
show(1037, lambda: True not in 1j)
show(1038, lambda: True not in MyInt(5))
show(1039, lambda: True not in bytearray(b'q'))
show(1040, lambda: True @ -3)
show(1041, lambda: True @ True)
show(1042, lambda: True @ b'xy')
show(1043, lambda: True @ {3})
show(1044, lambda: True @ A())
show(1045, lambda: True @ MyList([1]))
show(1046, lambda: None + 1)
show(1047, lambda: None + -0.0)
show(1048, lambda: None + '')
show(1049, lambda: None + {1: 2})
show(1050, lambda: None + range(3))
show(1051, lambda: None + MyStr('q'))
show(1052, lambda: None - 0)
show(1053, lambda: None - 2.5)
show(1054, lambda: None - 'ab')
show(1055, lambda: None - (1,))
show(1056, lambda: None - 1j)
show(1057, lambda: None - MyInt(5))
show(1058, lambda: None - bytearray(b'q'))
show(1059, lambda: None * 2**70)
show(1060, lambda: None * None)
show(1061, lambda: None * [1, 2])
show(1062, lambda: None * frozenset({3}))
show(1063, lambda: None * B())
show(1064, lambda: None * NI())
show(1065, lambda: None / -3)
show(1066, lambda: None / True)
show(1067, lambda: None / b'xy')
show(1068, lambda: None / {3})
show(1069, lambda: None / A())
show(1070, lambda: None / MyList([1]))
show(1071, lambda: None // 1)
show(1072, lambda: None // -0.0)
show(1073, lambda: None // '')
show(1074, lambda: None // {1: 2})
show(1075, lambda: None // range(3))
show(1076, lambda: None // MyStr('q'))
show(1077, lambda: None % 0)
show(1078, lambda: None % 1)
show(1079, lambda: None % -3)
show(1080, lambda: None % 2**70)
show(1081, lambda: None % 2.5)
show(1082, lambda: None % -0.0)
show(1083, lambda: None % True)
show(1084, lambda: None % None)
show(1085, lambda: None % 'ab')
show(1086, lambda: None % '')
show(1087, lambda: None % b'xy')
show(1088, lambda: None % [1, 2])
show(1089, lambda: None % (1,))
show(1090, lambda: None % {1: 2})
show(1091, lambda: None % {3})
show(1092, lambda: None % frozenset({3}))
show(1093, lambda: None % 1j)
show(1094, lambda: None % range(3))
show(1095, lambda: None % A())
show(1096, lambda: None % B())
show(1097, lambda: None % MyInt(5))
show(1098, lambda: None % MyStr('q'))
show(1099, lambda: None % MyList([1]))
show(1100, lambda: None % NI())
show(1101, lambda: None % bytearray(b'q'))
show(1102, lambda: None ** 2**70)
show(1103, lambda: None ** None)
show(1104, lambda: None ** [1, 2])
show(1105, lambda: None ** frozenset({3}))
show(1106, lambda: None ** B())
show(1107, lambda: None ** NI())
show(1108, lambda: None << -3)
show(1109, lambda: None << True)
show(1110, lambda: None << b'xy')
show(1111, lambda: None << {3})
show(1112, lambda: None << A())
show(1113, lambda: None << MyList([1]))
show(1114, lambda: None >> 1)
show(1115, lambda: None >> -0.0)
show(1116, lambda: None >> '')
show(1117, lambda: None >> {1: 2})
show(1118, lambda: None >> range(3))
show(1119, lambda: None >> MyStr('q'))
show(1120, lambda: None & 0)
show(1121, lambda: None & 2.5)
show(1122, lambda: None & 'ab')
show(1123, lambda: None & (1,))
show(1124, lambda: None & 1j)
show(1125, lambda: None & MyInt(5))
show(1126, lambda: None & bytearray(b'q'))
show(1127, lambda: None | 2**70)
show(1128, lambda: None | None)
show(1129, lambda: None | [1, 2])
show(1130, lambda: None | frozenset({3}))
show(1131, lambda: None | B())
show(1132, lambda: None | NI())
show(1133, lambda: None ^ -3)
show(1134, lambda: None ^ True)
show(1135, lambda: None ^ b'xy')
show(1136, lambda: None ^ {3})
show(1137, lambda: None ^ A())
show(1138, lambda: None ^ MyList([1]))
show(1139, lambda: None < 1)
show(1140, lambda: None < -0.0)
show(1141, lambda: None < '')
show(1142, lambda: None < {1: 2})
show(1143, lambda: None < range(3))
show(1144, lambda: None < MyStr('q'))
show(1145, lambda: None <= 0)
show(1146, lambda: None <= 2.5)
show(1147, lambda: None <= 'ab')
show(1148, lambda: None <= (1,))
show(1149, lambda: None <= 1j)
show(1150, lambda: None <= MyInt(5))
show(1151, lambda: None <= bytearray(b'q'))
show(1152, lambda: None == 2**70)
show(1153, lambda: None == None)
show(1154, lambda: None == [1, 2])
show(1155, lambda: None == frozenset({3}))
show(1156, lambda: None == B())
show(1157, lambda: None == NI())
show(1158, lambda: None != -3)
show(1159, lambda: None != True)
show(1160, lambda: None != b'xy')
show(1161, lambda: None != {3})
show(1162, lambda: None != A())
show(1163, lambda: None != MyList([1]))
show(1164, lambda: None > 1)
show(1165, lambda: None > -0.0)
show(1166, lambda: None > '')
show(1167, lambda: None > {1: 2})
show(1168, lambda: None > range(3))
show(1169, lambda: None > MyStr('q'))
show(1170, lambda: None >= 0)
show(1171, lambda: None >= 2.5)
show(1172, lambda: None >= 'ab')
show(1173, lambda: None >= (1,))
show(1174, lambda: None >= 1j)
show(1175, lambda: None >= MyInt(5))
show(1176, lambda: None >= bytearray(b'q'))
show(1177, lambda: None in 2**70)
show(1178, lambda: None in None)
show(1179, lambda: None in [1, 2])
show(1180, lambda: None in frozenset({3}))
show(1181, lambda: None in B())
show(1182, lambda: None in NI())
show(1183, lambda: None not in -3)
show(1184, lambda: None not in True)
show(1185, lambda: None not in b'xy')
show(1186, lambda: None not in {3})
show(1187, lambda: None not in A())
show(1188, lambda: None not in MyList([1]))
show(1189, lambda: None @ 0)
show(1190, lambda: None @ 2.5)
show(1191, lambda: None @ 'ab')
show(1192, lambda: None @ (1,))
show(1193, lambda: None @ 1j)
show(1194, lambda: None @ MyInt(5))
show(1195, lambda: None @ bytearray(b'q'))
show(1196, lambda: 'ab' + 2**70)
show(1197, lambda: 'ab' + None)
show(1198, lambda: 'ab' + [1, 2])
show(1199, lambda: 'ab' + frozenset({3}))
show(1200, lambda: 'ab' + B())
show(1201, lambda: 'ab' + NI())
show(1202, lambda: 'ab' - -3)
show(1203, lambda: 'ab' - True)
show(1204, lambda: 'ab' - b'xy')
show(1205, lambda: 'ab' - {3})
show(1206, lambda: 'ab' - A())
show(1207, lambda: 'ab' - MyList([1]))
show(1208, lambda: 'ab' * 1)
show(1209, lambda: 'ab' * -0.0)
show(1210, lambda: 'ab' * '')
show(1211, lambda: 'ab' * {1: 2})
show(1212, lambda: 'ab' * range(3))
show(1213, lambda: 'ab' * MyStr('q'))
show(1214, lambda: 'ab' / 0)
show(1215, lambda: 'ab' / 2.5)
show(1216, lambda: 'ab' / 'ab')
show(1217, lambda: 'ab' / (1,))
show(1218, lambda: 'ab' / 1j)
show(1219, lambda: 'ab' / MyInt(5))
show(1220, lambda: 'ab' / bytearray(b'q'))
show(1221, lambda: 'ab' // 2**70)
show(1222, lambda: 'ab' // None)
show(1223, lambda: 'ab' // [1, 2])
show(1224, lambda: 'ab' // frozenset({3}))
show(1225, lambda: 'ab' // B())
show(1226, lambda: 'ab' // NI())
show(1227, lambda: 'ab' % 0)
show(1228, lambda: 'ab' % 1)
show(1229, lambda: 'ab' % -3)
show(1230, lambda: 'ab' % 2**70)
show(1231, lambda: 'ab' % 2.5)
show(1232, lambda: 'ab' % -0.0)
show(1233, lambda: 'ab' % True)
show(1234, lambda: 'ab' % None)
show(1235, lambda: 'ab' % 'ab')
show(1236, lambda: 'ab' % '')
show(1237, lambda: 'ab' % b'xy')
show(1238, lambda: 'ab' % [1, 2])
show(1239, lambda: 'ab' % (1,))
show(1240, lambda: 'ab' % {1: 2})
show(1241, lambda: 'ab' % {3})
show(1242, lambda: 'ab' % frozenset({3}))
show(1243, lambda: 'ab' % 1j)
show(1244, lambda: 'ab' % range(3))
show(1245, lambda: 'ab' % A())
show(1246, lambda: 'ab' % B())
show(1247, lambda: 'ab' % MyInt(5))
show(1248, lambda: 'ab' % MyStr('q'))
show(1249, lambda: 'ab' % MyList([1]))
show(1250, lambda: 'ab' % NI())
show(1251, lambda: 'ab' % bytearray(b'q'))
show(1252, lambda: 'ab' ** 1)
show(1253, lambda: 'ab' ** -0.0)
show(1254, lambda: 'ab' ** '')
show(1255, lambda: 'ab' ** {1: 2})
show(1256, lambda: 'ab' ** range(3))
show(1257, lambda: 'ab' ** MyStr('q'))
show(1258, lambda: 'ab' << 0)
show(1259, lambda: 'ab' << 2.5)
show(1260, lambda: 'ab' << 'ab')
show(1261, lambda: 'ab' << (1,))
show(1262, lambda: 'ab' << 1j)
show(1263, lambda: 'ab' << MyInt(5))
show(1264, lambda: 'ab' << bytearray(b'q'))
show(1265, lambda: 'ab' >> 2**70)
show(1266, lambda: 'ab' >> None)
show(1267, lambda: 'ab' >> [1, 2])
show(1268, lambda: 'ab' >> frozenset({3}))
show(1269, lambda: 'ab' >> B())
show(1270, lambda: 'ab' >> NI())
show(1271, lambda: 'ab' & -3)
show(1272, lambda: 'ab' & True)
show(1273, lambda: 'ab' & b'xy')
show(1274, lambda: 'ab' & {3})
show(1275, lambda: 'ab' & A())
show(1276, lambda: 'ab' & MyList([1]))
show(1277, lambda: 'ab' | 1)
show(1278, lambda: 'ab' | -0.0)
show(1279, lambda: 'ab' | '')
show(1280, lambda: 'ab' | {1: 2})
show(1281, lambda: 'ab' | range(3))
show(1282, lambda: 'ab' | MyStr('q'))
show(1283, lambda: 'ab' ^ 0)
show(1284, lambda: 'ab' ^ 2.5)
show(1285, lambda: 'ab' ^ 'ab')
show(1286, lambda: 'ab' ^ (1,))
show(1287, lambda: 'ab' ^ 1j)
show(1288, lambda: 'ab' ^ MyInt(5))
show(1289, lambda: 'ab' ^ bytearray(b'q'))
show(1290, lambda: 'ab' < 2**70)
show(1291, lambda: 'ab' < None)
show(1292, lambda: 'ab' < [1, 2])
show(1293, lambda: 'ab' < frozenset({3}))
show(1294, lambda: 'ab' < B())
show(1295, lambda: 'ab' < NI())
show(1296, lambda: 'ab' <= -3)
show(1297, lambda: 'ab' <= True)
show(1298, lambda: 'ab' <= b'xy')
show(1299, lambda: 'ab' <= {3})
show(1300, lambda: 'ab' <= A())
show(1301, lambda: 'ab' <= MyList([1]))
show(1302, lambda: 'ab' == 1)
show(1303, lambda: 'ab' == -0.0)
show(1304, lambda: 'ab' == '')
show(1305, lambda: 'ab' == {1: 2})
show(1306, lambda: 'ab' == range(3))
show(1307, lambda: 'ab' == MyStr('q'))
show(1308, lambda: 'ab' != 0)
show(1309, lambda: 'ab' != 2.5)
show(1310, lambda: 'ab' != 'ab')
show(1311, lambda: 'ab' != (1,))
show(1312, lambda: 'ab' != 1j)
show(1313, lambda: 'ab' != MyInt(5))
show(1314, lambda: 'ab' != bytearray(b'q'))
show(1315, lambda: 'ab' > 2**70)
show(1316, lambda: 'ab' > None)
show(1317, lambda: 'ab' > [1, 2])
show(1318, lambda: 'ab' > frozenset({3}))
show(1319, lambda: 'ab' > B())
show(1320, lambda: 'ab' > NI())
show(1321, lambda: 'ab' >= -3)
show(1322, lambda: 'ab' >= True)
show(1323, lambda: 'ab' >= b'xy')
show(1324, lambda: 'ab' >= {3})
show(1325, lambda: 'ab' >= A())
show(1326, lambda: 'ab' >= MyList([1]))
show(1327, lambda: 'ab' in 1)
show(1328, lambda: 'ab' in -0.0)
show(1329, lambda: 'ab' in '')
show(1330, lambda: 'ab' in {1: 2})
show(1331, lambda: 'ab' in range(3))
show(1332, lambda: 'ab' in MyStr('q'))
show(1333, lambda: 'ab' not in 0)
show(1334, lambda: 'ab' not in 2.5)
show(1335, lambda: 'ab' not in 'ab')
show(1336, lambda: 'ab' not in (1,))
show(1337, lambda: 'ab' not in 1j)
show(1338, lambda: 'ab' not in MyInt(5))
show(1339, lambda: 'ab' not in bytearray(b'q'))
show(1340, lambda: 'ab' @ -3)
show(1341, lambda: 'ab' @ True)
show(1342, lambda: 'ab' @ b'xy')
show(1343, lambda: 'ab' @ {3})
show(1344, lambda: 'ab' @ A())
show(1345, lambda: 'ab' @ MyList([1]))
show(1346, lambda: '' + 1)
show(1347, lambda: '' + -0.0)
show(1348, lambda: '' + '')
show(1349, lambda: '' + {1: 2})
show(1350, lambda: '' + range(3))
show(1351, lambda: '' + MyStr('q'))
show(1352, lambda: '' - 0)
show(1353, lambda: '' - 2.5)
show(1354, lambda: '' - 'ab')
show(1355, lambda: '' - (1,))
show(1356, lambda: '' - 1j)
show(1357, lambda: '' - MyInt(5))
show(1358, lambda: '' - bytearray(b'q'))
show(1359, lambda: '' * 2**70)
show(1360, lambda: '' * None)
show(1361, lambda: '' * [1, 2])
show(1362, lambda: '' * frozenset({3}))
show(1363, lambda: '' * B())
show(1364, lambda: '' * NI())
show(1365, lambda: '' / -3)
show(1366, lambda: '' / True)
show(1367, lambda: '' / b'xy')
show(1368, lambda: '' / {3})
show(1369, lambda: '' / A())
show(1370, lambda: '' / MyList([1]))
show(1371, lambda: '' // 1)
show(1372, lambda: '' // -0.0)
show(1373, lambda: '' // '')
show(1374, lambda: '' // {1: 2})
show(1375, lambda: '' // range(3))
show(1376, lambda: '' // MyStr('q'))
show(1377, lambda: '' % 0)
show(1378, lambda: '' % 1)
show(1379, lambda: '' % -3)
show(1380, lambda: '' % 2**70)
show(1381, lambda: '' % 2.5)
show(1382, lambda: '' % -0.0)
show(1383, lambda: '' % True)
show(1384, lambda: '' % None)
show(1385, lambda: '' % 'ab')
show(1386, lambda: '' % '')
show(1387, lambda: '' % b'xy')
show(1388, lambda: '' % [1, 2])
show(1389, lambda: '' % (1,))
show(1390, lambda: '' % {1: 2})
show(1391, lambda: '' % {3})
show(1392, lambda: '' % frozenset({3}))
show(1393, lambda: '' % 1j)
show(1394, lambda: '' % range(3))
show(1395, lambda: '' % A())
show(1396, lambda: '' % B())
show(1397, lambda: '' % MyInt(5))
show(1398, lambda: '' % MyStr('q'))
show(1399, lambda: '' % MyList([1]))
show(1400, lambda: '' % NI())
show(1401, lambda: '' % bytearray(b'q'))
show(1402, lambda: '' ** 2**70)
show(1403, lambda: '' ** None)
show(1404, lambda: '' ** [1, 2])
show(1405, lambda: '' ** frozenset({3}))
show(1406, lambda: '' ** B())
show(1407, lambda: '' ** NI())
show(1408, lambda: '' << -3)
show(1409, lambda: '' << True)
show(1410, lambda: '' << b'xy')
show(1411, lambda: '' << {3})
show(1412, lambda: '' << A())
show(1413, lambda: '' << MyList([1]))
show(1414, lambda: '' >> 1)
show(1415, lambda: '' >> -0.0)
show(1416, lambda: '' >> '')
show(1417, lambda: '' >> {1: 2})
show(1418, lambda: '' >> range(3))
show(1419, lambda: '' >> MyStr('q'))
show(1420, lambda: '' & 0)
show(1421, lambda: '' & 2.5)
show(1422, lambda: '' & 'ab')
show(1423, lambda: '' & (1,))
show(1424, lambda: '' & 1j)
show(1425, lambda: '' & MyInt(5))
show(1426, lambda: '' & bytearray(b'q'))
show(1427, lambda: '' | 2**70)
show(1428, lambda: '' | None)
show(1429, lambda: '' | [1, 2])
show(1430, lambda: '' | frozenset({3}))
show(1431, lambda: '' | B())
show(1432, lambda: '' | NI())
show(1433, lambda: '' ^ -3)
show(1434, lambda: '' ^ True)
show(1435, lambda: '' ^ b'xy')
show(1436, lambda: '' ^ {3})
show(1437, lambda: '' ^ A())
show(1438, lambda: '' ^ MyList([1]))
show(1439, lambda: '' < 1)
show(1440, lambda: '' < -0.0)
show(1441, lambda: '' < '')
show(1442, lambda: '' < {1: 2})
show(1443, lambda: '' < range(3))
show(1444, lambda: '' < MyStr('q'))
show(1445, lambda: '' <= 0)
show(1446, lambda: '' <= 2.5)
show(1447, lambda: '' <= 'ab')
show(1448, lambda: '' <= (1,))
show(1449, lambda: '' <= 1j)
show(1450, lambda: '' <= MyInt(5))
show(1451, lambda: '' <= bytearray(b'q'))
show(1452, lambda: '' == 2**70)
show(1453, lambda: '' == None)
show(1454, lambda: '' == [1, 2])
show(1455, lambda: '' == frozenset({3}))
show(1456, lambda: '' == B())
show(1457, lambda: '' == NI())
show(1458, lambda: '' != -3)
show(1459, lambda: '' != True)
show(1460, lambda: '' != b'xy')
show(1461, lambda: '' != {3})
show(1462, lambda: '' != A())
show(1463, lambda: '' != MyList([1]))
show(1464, lambda: '' > 1)
show(1465, lambda: '' > -0.0)
show(1466, lambda: '' > '')
show(1467, lambda: '' > {1: 2})
show(1468, lambda: '' > range(3))
show(1469, lambda: '' > MyStr('q'))
show(1470, lambda: '' >= 0)
show(1471, lambda: '' >= 2.5)
show(1472, lambda: '' >= 'ab')
show(1473, lambda: '' >= (1,))
show(1474, lambda: '' >= 1j)
show(1475, lambda: '' >= MyInt(5))
show(1476, lambda: '' >= bytearray(b'q'))
show(1477, lambda: '' in 2**70)
show(1478, lambda: '' in None)
show(1479, lambda: '' in [1, 2])
show(1480, lambda: '' in frozenset({3}))
show(1481, lambda: '' in B())
show(1482, lambda: '' in NI())
show(1483, lambda: '' not in -3)
show(1484, lambda: '' not in True)
show(1485, lambda: '' not in b'xy')
show(1486, lambda: '' not in {3})
show(1487, lambda: '' not in A())
show(1488, lambda: '' not in MyList([1]))
show(1489, lambda: '' @ 0)
show(1490, lambda: '' @ 2.5)
show(1491, lambda: '' @ 'ab')
show(1492, lambda: '' @ (1,))
show(1493, lambda: '' @ 1j)
show(1494, lambda: '' @ MyInt(5))
show(1495, lambda: '' @ bytearray(b'q'))
show(1496, lambda: b'xy' + 2**70)
show(1497, lambda: b'xy' + None)
show(1498, lambda: b'xy' + [1, 2])
show(1499, lambda: b'xy' + frozenset({3}))
show(1500, lambda: b'xy' + B())
show(1501, lambda: b'xy' + NI())
show(1502, lambda: b'xy' - -3)
show(1503, lambda: b'xy' - True)
show(1504, lambda: b'xy' - b'xy')
show(1505, lambda: b'xy' - {3})
show(1506, lambda: b'xy' - A())
show(1507, lambda: b'xy' - MyList([1]))
show(1508, lambda: b'xy' * 1)
show(1509, lambda: b'xy' * -0.0)
show(1510, lambda: b'xy' * '')
show(1511, lambda: b'xy' * {1: 2})
show(1512, lambda: b'xy' * range(3))
show(1513, lambda: b'xy' * MyStr('q'))
show(1514, lambda: b'xy' / 0)
show(1515, lambda: b'xy' / 2.5)
show(1516, lambda: b'xy' / 'ab')
show(1517, lambda: b'xy' / (1,))
show(1518, lambda: b'xy' / 1j)
show(1519, lambda: b'xy' / MyInt(5))
show(1520, lambda: b'xy' / bytearray(b'q'))
show(1521, lambda: b'xy' // 2**70)
show(1522, lambda: b'xy' // None)
show(1523, lambda: b'xy' // [1, 2])
show(1524, lambda: b'xy' // frozenset({3}))
show(1525, lambda: b'xy' // B())
show(1526, lambda: b'xy' // NI())
show(1527, lambda: b'xy' % 0)
show(1528, lambda: b'xy' % 1)
show(1529, lambda: b'xy' % -3)
show(1530, lambda: b'xy' % 2**70)
show(1531, lambda: b'xy' % 2.5)
show(1532, lambda: b'xy' % -0.0)
show(1533, lambda: b'xy' % True)
show(1534, lambda: b'xy' % None)
show(1535, lambda: b'xy' % 'ab')
show(1536, lambda: b'xy' % '')
show(1537, lambda: b'xy' % b'xy')
show(1538, lambda: b'xy' % [1, 2])
show(1539, lambda: b'xy' % (1,))
show(1540, lambda: b'xy' % {1: 2})
show(1541, lambda: b'xy' % {3})
show(1542, lambda: b'xy' % frozenset({3}))
show(1543, lambda: b'xy' % 1j)
show(1544, lambda: b'xy' % range(3))
show(1545, lambda: b'xy' % A())
show(1546, lambda: b'xy' % B())
show(1547, lambda: b'xy' % MyInt(5))
show(1548, lambda: b'xy' % MyStr('q'))
show(1549, lambda: b'xy' % MyList([1]))
show(1550, lambda: b'xy' % NI())
show(1551, lambda: b'xy' % bytearray(b'q'))
show(1552, lambda: b'xy' ** 1)
show(1553, lambda: b'xy' ** True)
show(1554, lambda: b'xy' ** b'xy')
show(1555, lambda: b'xy' ** {3})
show(1556, lambda: b'xy' ** A())
show(1557, lambda: b'xy' ** NI())
show(1558, lambda: b'xy' << -3)
show(1559, lambda: b'xy' << None)
show(1560, lambda: b'xy' << [1, 2])
show(1561, lambda: b'xy' << frozenset({3}))
show(1562, lambda: b'xy' << B())
show(1563, lambda: b'xy' << bytearray(b'q'))
show(1564, lambda: b'xy' >> 2**70)
show(1565, lambda: b'xy' >> None)
show(1566, lambda: b'xy' >> [1, 2])
show(1567, lambda: b'xy' >> frozenset({3}))
show(1568, lambda: b'xy' >> B())
show(1569, lambda: b'xy' >> NI())
show(1570, lambda: b'xy' & -3)
show(1571, lambda: b'xy' & True)
show(1572, lambda: b'xy' & b'xy')
show(1573, lambda: b'xy' & {3})
show(1574, lambda: b'xy' & A())
show(1575, lambda: b'xy' & MyList([1]))
show(1576, lambda: b'xy' | 1)
show(1577, lambda: b'xy' | -0.0)
show(1578, lambda: b'xy' | '')
show(1579, lambda: b'xy' | {1: 2})
show(1580, lambda: b'xy' | range(3))
show(1581, lambda: b'xy' | MyStr('q'))
show(1582, lambda: b'xy' ^ 0)
show(1583, lambda: b'xy' ^ 2.5)
show(1584, lambda: b'xy' ^ 'ab')
show(1585, lambda: b'xy' ^ (1,))
show(1586, lambda: b'xy' ^ 1j)
show(1587, lambda: b'xy' ^ MyInt(5))
show(1588, lambda: b'xy' ^ bytearray(b'q'))
show(1589, lambda: b'xy' < 2**70)
show(1590, lambda: b'xy' < None)
show(1591, lambda: b'xy' < [1, 2])
show(1592, lambda: b'xy' < frozenset({3}))
show(1593, lambda: b'xy' < B())
show(1594, lambda: b'xy' < NI())
show(1595, lambda: b'xy' <= -3)
show(1596, lambda: b'xy' <= True)
show(1597, lambda: b'xy' <= b'xy')
show(1598, lambda: b'xy' <= {3})
show(1599, lambda: b'xy' <= A())
show(1600, lambda: b'xy' <= MyList([1]))
show(1601, lambda: b'xy' == 1)
show(1602, lambda: b'xy' == -0.0)
show(1603, lambda: b'xy' == '')
show(1604, lambda: b'xy' == {1: 2})
show(1605, lambda: b'xy' == range(3))
show(1606, lambda: b'xy' == MyStr('q'))
show(1607, lambda: b'xy' != 0)
show(1608, lambda: b'xy' != 2.5)
show(1609, lambda: b'xy' != 'ab')
show(1610, lambda: b'xy' != (1,))
show(1611, lambda: b'xy' != 1j)
show(1612, lambda: b'xy' != MyInt(5))
show(1613, lambda: b'xy' != bytearray(b'q'))
show(1614, lambda: b'xy' > 2**70)
show(1615, lambda: b'xy' > None)
show(1616, lambda: b'xy' > [1, 2])
show(1617, lambda: b'xy' > frozenset({3}))
show(1618, lambda: b'xy' > B())
show(1619, lambda: b'xy' > NI())
show(1620, lambda: b'xy' >= -3)
show(1621, lambda: b'xy' >= True)
show(1622, lambda: b'xy' >= b'xy')
show(1623, lambda: b'xy' >= {3})
show(1624, lambda: b'xy' >= A())
show(1625, lambda: b'xy' >= MyList([1]))
show(1626, lambda: b'xy' in 1)
show(1627, lambda: b'xy' in -0.0)
show(1628, lambda: b'xy' in '')
show(1629, lambda: b'xy' in {1: 2})
show(1630, lambda: b'xy' in range(3))
show(1631, lambda: b'xy' in MyStr('q'))
show(1632, lambda: b'xy' not in 0)
show(1633, lambda: b'xy' not in 2.5)
show(1634, lambda: b'xy' not in 'ab')
show(1635, lambda: b'xy' not in (1,))
show(1636, lambda: b'xy' not in 1j)
show(1637, lambda: b'xy' not in MyInt(5))
show(1638, lambda: b'xy' not in bytearray(b'q'))
show(1639, lambda: b'xy' @ -3)
show(1640, lambda: b'xy' @ True)
show(1641, lambda: b'xy' @ b'xy')
show(1642, lambda: b'xy' @ {3})
show(1643, lambda: b'xy' @ A())
show(1644, lambda: b'xy' @ MyList([1]))
show(1645, lambda: [1, 2] + 1)
show(1646, lambda: [1, 2] + -0.0)
show(1647, lambda: [1, 2] + '')
show(1648, lambda: [1, 2] + {1: 2})
show(1649, lambda: [1, 2] + range(3))
show(1650, lambda: [1, 2] + MyStr('q'))
show(1651, lambda: [1, 2] - 0)
show(1652, lambda: [1, 2] - 2.5)
show(1653, lambda: [1, 2] - 'ab')
show(1654, lambda: [1, 2] - (1,))
show(1655, lambda: [1, 2] - 1j)
show(1656, lambda: [1, 2] - MyInt(5))
show(1657, lambda: [1, 2] - bytearray(b'q'))
show(1658, lambda: [1, 2] * 2**70)
show(1659, lambda: [1, 2] * None)
show(1660, lambda: [1, 2] * [1, 2])
show(1661, lambda: [1, 2] * frozenset({3}))
show(1662, lambda: [1, 2] * B())
show(1663, lambda: [1, 2] * NI())
show(1664, lambda: [1, 2] / -3)
show(1665, lambda: [1, 2] / True)
show(1666, lambda: [1, 2] / b'xy')
show(1667, lambda: [1, 2] / {3})
show(1668, lambda: [1, 2] / A())
show(1669, lambda: [1, 2] / MyList([1]))
show(1670, lambda: [1, 2] // 1)
show(1671, lambda: [1, 2] // -0.0)
show(1672, lambda: [1, 2] // '')
show(1673, lambda: [1, 2] // {1: 2})
show(1674, lambda: [1, 2] // range(3))
show(1675, lambda: [1, 2] // MyStr('q'))
show(1676, lambda: [1, 2] % 0)
show(1677, lambda: [1, 2] % 1)
show(1678, lambda: [1, 2] % -3)
show(1679, lambda: [1, 2] % 2**70)
show(1680, lambda: [1, 2] % 2.5)
show(1681, lambda: [1, 2] % -0.0)
show(1682, lambda: [1, 2] % True)
show(1683, lambda: [1, 2] % None)
show(1684, lambda: [1, 2] % 'ab')
show(1685, lambda: [1, 2] % '')
show(1686, lambda: [1, 2] % b'xy')
show(1687, lambda: [1, 2] % [1, 2])
show(1688, lambda: [1, 2] % (1,))
show(1689, lambda: [1, 2] % {1: 2})
show(1690, lambda: [1, 2] % {3})
show(1691, lambda: [1, 2] % frozenset({3}))
show(1692, lambda: [1, 2] % 1j)
show(1693, lambda: [1, 2] % range(3))
show(1694, lambda: [1, 2] % A())
show(1695, lambda: [1, 2] % B())
show(1696, lambda: [1, 2] % MyInt(5))
show(1697, lambda: [1, 2] % MyStr('q'))
show(1698, lambda: [1, 2] % MyList([1]))
show(1699, lambda: [1, 2] % NI())
show(1700, lambda: [1, 2] % bytearray(b'q'))
show(1701, lambda: [1, 2] ** 2.5)
show(1702, lambda: [1, 2] ** 'ab')
show(1703, lambda: [1, 2] ** (1,))
show(1704, lambda: [1, 2] ** 1j)
show(1705, lambda: [1, 2] ** MyStr('q'))
show(1706, lambda: [1, 2] << 0)
show(1707, lambda: [1, 2] << -0.0)
show(1708, lambda: [1, 2] << '')
show(1709, lambda: [1, 2] << {1: 2})
show(1710, lambda: [1, 2] << range(3))
show(1711, lambda: [1, 2] << MyList([1]))
show(1712, lambda: [1, 2] >> 1)
show(1713, lambda: [1, 2] >> -0.0)
show(1714, lambda: [1, 2] >> '')
show(1715, lambda: [1, 2] >> {1: 2})
show(1716, lambda: [1, 2] >> range(3))
show(1717, lambda: [1, 2] >> MyStr('q'))
show(1718, lambda: [1, 2] & 0)
show(1719, lambda: [1, 2] & 2.5)
show(1720, lambda: [1, 2] & 'ab')
show(1721, lambda: [1, 2] & (1,))
show(1722, lambda: [1, 2] & 1j)
show(1723, lambda: [1, 2] & MyInt(5))
show(1724, lambda: [1, 2] & bytearray(b'q'))
show(1725, lambda: [1, 2] | 2**70)
show(1726, lambda: [1, 2] | None)
show(1727, lambda: [1, 2] | [1, 2])
show(1728, lambda: [1, 2] | frozenset({3}))
show(1729, lambda: [1, 2] | B())
show(1730, lambda: [1, 2] | NI())
show(1731, lambda: [1, 2] ^ -3)
show(1732, lambda: [1, 2] ^ True)
show(1733, lambda: [1, 2] ^ b'xy')
show(1734, lambda: [1, 2] ^ {3})
show(1735, lambda: [1, 2] ^ A())
show(1736, lambda: [1, 2] ^ MyList([1]))
show(1737, lambda: [1, 2] < 1)
show(1738, lambda: [1, 2] < -0.0)
show(1739, lambda: [1, 2] < '')
show(1740, lambda: [1, 2] < {1: 2})
show(1741, lambda: [1, 2] < range(3))
show(1742, lambda: [1, 2] < MyStr('q'))
show(1743, lambda: [1, 2] <= 0)
show(1744, lambda: [1, 2] <= 2.5)
show(1745, lambda: [1, 2] <= 'ab')
show(1746, lambda: [1, 2] <= (1,))
show(1747, lambda: [1, 2] <= 1j)
show(1748, lambda: [1, 2] <= MyInt(5))
show(1749, lambda: [1, 2] <= bytearray(b'q'))
show(1750, lambda: [1, 2] == 2**70)
show(1751, lambda: [1, 2] == None)
show(1752, lambda: [1, 2] == [1, 2])
show(1753, lambda: [1, 2] == frozenset({3}))
show(1754, lambda: [1, 2] == B())
show(1755, lambda: [1, 2] == NI())
show(1756, lambda: [1, 2] != -3)
show(1757, lambda: [1, 2] != True)
show(1758, lambda: [1, 2] != b'xy')
show(1759, lambda: [1, 2] != {3})
show(1760, lambda: [1, 2] != A())
show(1761, lambda: [1, 2] != MyList([1]))
show(1762, lambda: [1, 2] > 1)
show(1763, lambda: [1, 2] > -0.0)
show(1764, lambda: [1, 2] > '')
show(1765, lambda: [1, 2] > {1: 2})
show(1766, lambda: [1, 2] > range(3))
show(1767, lambda: [1, 2] > MyStr('q'))
show(1768, lambda: [1, 2] >= 0)
show(1769, lambda: [1, 2] >= 2.5)
show(1770, lambda: [1, 2] >= 'ab')
show(1771, lambda: [1, 2] >= (1,))
show(1772, lambda: [1, 2] >= 1j)
show(1773, lambda: [1, 2] >= MyInt(5))
show(1774, lambda: [1, 2] >= bytearray(b'q'))
show(1775, lambda: [1, 2] in 2**70)
show(1776, lambda: [1, 2] in None)
show(1777, lambda: [1, 2] in [1, 2])
show(1778, lambda: [1, 2] in frozenset({3}))
show(1779, lambda: [1, 2] in B())
show(1780, lambda: [1, 2] in NI())
show(1781, lambda: [1, 2] not in -3)
show(1782, lambda: [1, 2] not in True)
show(1783, lambda: [1, 2] not in b'xy')
show(1784, lambda: [1, 2] not in {3})
show(1785, lambda: [1, 2] not in A())
show(1786, lambda: [1, 2] not in MyList([1]))
show(1787, lambda: [1, 2] @ 0)
show(1788, lambda: [1, 2] @ 2.5)
show(1789, lambda: [1, 2] @ 'ab')
show(1790, lambda: [1, 2] @ (1,))
show(1791, lambda: [1, 2] @ 1j)
show(1792, lambda: [1, 2] @ MyInt(5))
show(1793, lambda: [1, 2] @ bytearray(b'q'))
show(1794, lambda: (1,) + 2**70)
show(1795, lambda: (1,) + None)
show(1796, lambda: (1,) + [1, 2])
show(1797, lambda: (1,) + frozenset({3}))
show(1798, lambda: (1,) + B())
show(1799, lambda: (1,) + NI())
show(1800, lambda: (1,) - -3)
show(1801, lambda: (1,) - True)
show(1802, lambda: (1,) - b'xy')
show(1803, lambda: (1,) - {3})
show(1804, lambda: (1,) - A())
show(1805, lambda: (1,) - MyList([1]))
show(1806, lambda: (1,) * 1)
show(1807, lambda: (1,) * -0.0)
show(1808, lambda: (1,) * '')
show(1809, lambda: (1,) * {1: 2})
show(1810, lambda: (1,) * range(3))
show(1811, lambda: (1,) * MyStr('q'))
show(1812, lambda: (1,) / 0)
show(1813, lambda: (1,) / 2.5)
show(1814, lambda: (1,) / 'ab')
show(1815, lambda: (1,) / (1,))
show(1816, lambda: (1,) / 1j)
show(1817, lambda: (1,) / MyInt(5))
show(1818, lambda: (1,) / bytearray(b'q'))
show(1819, lambda: (1,) // 2**70)
show(1820, lambda: (1,) // None)
show(1821, lambda: (1,) // [1, 2])
show(1822, lambda: (1,) // frozenset({3}))
show(1823, lambda: (1,) // B())
show(1824, lambda: (1,) // NI())
show(1825, lambda: (1,) % 0)
show(1826, lambda: (1,) % 1)
show(1827, lambda: (1,) % -3)
show(1828, lambda: (1,) % 2**70)
show(1829, lambda: (1,) % 2.5)
show(1830, lambda: (1,) % -0.0)
show(1831, lambda: (1,) % True)
show(1832, lambda: (1,) % None)
show(1833, lambda: (1,) % 'ab')
show(1834, lambda: (1,) % '')
show(1835, lambda: (1,) % b'xy')
show(1836, lambda: (1,) % [1, 2])
show(1837, lambda: (1,) % (1,))
show(1838, lambda: (1,) % {1: 2})
show(1839, lambda: (1,) % {3})
show(1840, lambda: (1,) % frozenset({3}))
show(1841, lambda: (1,) % 1j)
show(1842, lambda: (1,) % range(3))
show(1843, lambda: (1,) % A())
show(1844, lambda: (1,) % B())
show(1845, lambda: (1,) % MyInt(5))
show(1846, lambda: (1,) % MyStr('q'))
show(1847, lambda: (1,) % MyList([1]))
show(1848, lambda: (1,) % NI())
show(1849, lambda: (1,) % bytearray(b'q'))
show(1850, lambda: (1,) ** 1)
show(1851, lambda: (1,) ** True)
show(1852, lambda: (1,) ** b'xy')
show(1853, lambda: (1,) ** {3})
show(1854, lambda: (1,) ** A())
show(1855, lambda: (1,) ** NI())
show(1856, lambda: (1,) << -3)
show(1857, lambda: (1,) << None)
show(1858, lambda: (1,) << [1, 2])
show(1859, lambda: (1,) << frozenset({3}))
show(1860, lambda: (1,) << B())
show(1861, lambda: (1,) << bytearray(b'q'))
show(1862, lambda: (1,) >> 2**70)
show(1863, lambda: (1,) >> None)
show(1864, lambda: (1,) >> [1, 2])
show(1865, lambda: (1,) >> frozenset({3}))
show(1866, lambda: (1,) >> B())
show(1867, lambda: (1,) >> NI())
show(1868, lambda: (1,) & -3)
show(1869, lambda: (1,) & True)
show(1870, lambda: (1,) & b'xy')
show(1871, lambda: (1,) & {3})
show(1872, lambda: (1,) & A())
show(1873, lambda: (1,) & MyList([1]))
show(1874, lambda: (1,) | 1)
show(1875, lambda: (1,) | -0.0)
show(1876, lambda: (1,) | '')
show(1877, lambda: (1,) | {1: 2})
show(1878, lambda: (1,) | range(3))
show(1879, lambda: (1,) | MyStr('q'))
show(1880, lambda: (1,) ^ 0)
show(1881, lambda: (1,) ^ 2.5)
show(1882, lambda: (1,) ^ 'ab')
show(1883, lambda: (1,) ^ (1,))
show(1884, lambda: (1,) ^ 1j)
show(1885, lambda: (1,) ^ MyInt(5))
show(1886, lambda: (1,) ^ bytearray(b'q'))
show(1887, lambda: (1,) < 2**70)
show(1888, lambda: (1,) < None)
show(1889, lambda: (1,) < [1, 2])
show(1890, lambda: (1,) < frozenset({3}))
show(1891, lambda: (1,) < B())
show(1892, lambda: (1,) < NI())
show(1893, lambda: (1,) <= -3)
show(1894, lambda: (1,) <= True)
show(1895, lambda: (1,) <= b'xy')
show(1896, lambda: (1,) <= {3})
show(1897, lambda: (1,) <= A())
show(1898, lambda: (1,) <= MyList([1]))
show(1899, lambda: (1,) == 1)
show(1900, lambda: (1,) == -0.0)
show(1901, lambda: (1,) == '')
show(1902, lambda: (1,) == {1: 2})
show(1903, lambda: (1,) == range(3))
show(1904, lambda: (1,) == MyStr('q'))
show(1905, lambda: (1,) != 0)
show(1906, lambda: (1,) != 2.5)
show(1907, lambda: (1,) != 'ab')
show(1908, lambda: (1,) != (1,))
show(1909, lambda: (1,) != 1j)
show(1910, lambda: (1,) != MyInt(5))
show(1911, lambda: (1,) != bytearray(b'q'))
show(1912, lambda: (1,) > 2**70)
show(1913, lambda: (1,) > None)
show(1914, lambda: (1,) > [1, 2])
show(1915, lambda: (1,) > frozenset({3}))
show(1916, lambda: (1,) > B())
show(1917, lambda: (1,) > NI())
show(1918, lambda: (1,) >= -3)
show(1919, lambda: (1,) >= True)
show(1920, lambda: (1,) >= b'xy')
show(1921, lambda: (1,) >= {3})
show(1922, lambda: (1,) >= A())
show(1923, lambda: (1,) >= MyList([1]))
show(1924, lambda: (1,) in 1)
show(1925, lambda: (1,) in -0.0)
show(1926, lambda: (1,) in '')
show(1927, lambda: (1,) in {1: 2})
show(1928, lambda: (1,) in range(3))
show(1929, lambda: (1,) in MyStr('q'))
show(1930, lambda: (1,) not in 0)
show(1931, lambda: (1,) not in 2.5)
show(1932, lambda: (1,) not in 'ab')
show(1933, lambda: (1,) not in (1,))
show(1934, lambda: (1,) not in 1j)
show(1935, lambda: (1,) not in MyInt(5))
show(1936, lambda: (1,) not in bytearray(b'q'))
show(1937, lambda: (1,) @ -3)
show(1938, lambda: (1,) @ True)
show(1939, lambda: (1,) @ b'xy')
show(1940, lambda: (1,) @ {3})
show(1941, lambda: (1,) @ A())
show(1942, lambda: (1,) @ MyList([1]))
show(1943, lambda: {1: 2} + 1)
show(1944, lambda: {1: 2} + -0.0)
show(1945, lambda: {1: 2} + '')
show(1946, lambda: {1: 2} + {1: 2})
show(1947, lambda: {1: 2} + range(3))
show(1948, lambda: {1: 2} + MyStr('q'))
show(1949, lambda: {1: 2} - 0)
show(1950, lambda: {1: 2} - 2.5)
show(1951, lambda: {1: 2} - 'ab')
show(1952, lambda: {1: 2} - (1,))
show(1953, lambda: {1: 2} - 1j)
show(1954, lambda: {1: 2} - MyInt(5))
show(1955, lambda: {1: 2} - bytearray(b'q'))
show(1956, lambda: {1: 2} * 2**70)
show(1957, lambda: {1: 2} * None)
show(1958, lambda: {1: 2} * [1, 2])
show(1959, lambda: {1: 2} * frozenset({3}))
show(1960, lambda: {1: 2} * B())
show(1961, lambda: {1: 2} * NI())
show(1962, lambda: {1: 2} / -3)
show(1963, lambda: {1: 2} / True)
show(1964, lambda: {1: 2} / b'xy')
show(1965, lambda: {1: 2} / {3})
show(1966, lambda: {1: 2} / A())
show(1967, lambda: {1: 2} / MyList([1]))
show(1968, lambda: {1: 2} // 1)
show(1969, lambda: {1: 2} // -0.0)
show(1970, lambda: {1: 2} // '')
show(1971, lambda: {1: 2} // {1: 2})
show(1972, lambda: {1: 2} // range(3))
show(1973, lambda: {1: 2} // MyStr('q'))
show(1974, lambda: {1: 2} % 0)
show(1975, lambda: {1: 2} % 1)
show(1976, lambda: {1: 2} % -3)
show(1977, lambda: {1: 2} % 2**70)
show(1978, lambda: {1: 2} % 2.5)
show(1979, lambda: {1: 2} % -0.0)
show(1980, lambda: {1: 2} % True)
show(1981, lambda: {1: 2} % None)
show(1982, lambda: {1: 2} % 'ab')
show(1983, lambda: {1: 2} % '')
show(1984, lambda: {1: 2} % b'xy')
show(1985, lambda: {1: 2} % [1, 2])
show(1986, lambda: {1: 2} % (1,))
show(1987, lambda: {1: 2} % {1: 2})
show(1988, lambda: {1: 2} % {3})
show(1989, lambda: {1: 2} % frozenset({3}))
show(1990, lambda: {1: 2} % 1j)
show(1991, lambda: {1: 2} % range(3))
show(1992, lambda: {1: 2} % A())
show(1993, lambda: {1: 2} % B())
show(1994, lambda: {1: 2} % MyInt(5))
show(1995, lambda: {1: 2} % MyStr('q'))
show(1996, lambda: {1: 2} % MyList([1]))
show(1997, lambda: {1: 2} % NI())
show(1998, lambda: {1: 2} % bytearray(b'q'))
show(1999, lambda: {1: 2} ** 2.5)
show(2000, lambda: {1: 2} ** 'ab')
show(2001, lambda: {1: 2} ** (1,))
show(2002, lambda: {1: 2} ** 1j)
show(2003, lambda: {1: 2} ** MyStr('q'))
show(2004, lambda: {1: 2} << 0)
show(2005, lambda: {1: 2} << -0.0)
show(2006, lambda: {1: 2} << '')
show(2007, lambda: {1: 2} << {1: 2})
show(2008, lambda: {1: 2} << range(3))
show(2009, lambda: {1: 2} << MyList([1]))
show(2010, lambda: {1: 2} >> 1)
show(2011, lambda: {1: 2} >> -0.0)
show(2012, lambda: {1: 2} >> '')
show(2013, lambda: {1: 2} >> {1: 2})
show(2014, lambda: {1: 2} >> range(3))
show(2015, lambda: {1: 2} >> MyStr('q'))
show(2016, lambda: {1: 2} & 0)
show(2017, lambda: {1: 2} & 2.5)
show(2018, lambda: {1: 2} & 'ab')
show(2019, lambda: {1: 2} & (1,))
show(2020, lambda: {1: 2} & 1j)
show(2021, lambda: {1: 2} & MyInt(5))
show(2022, lambda: {1: 2} & bytearray(b'q'))
show(2023, lambda: {1: 2} | 2**70)
show(2024, lambda: {1: 2} | None)
show(2025, lambda: {1: 2} | [1, 2])
show(2026, lambda: {1: 2} | frozenset({3}))
show(2027, lambda: {1: 2} | B())
show(2028, lambda: {1: 2} | NI())
show(2029, lambda: {1: 2} ^ -3)
show(2030, lambda: {1: 2} ^ True)
show(2031, lambda: {1: 2} ^ b'xy')
show(2032, lambda: {1: 2} ^ {3})
show(2033, lambda: {1: 2} ^ A())
show(2034, lambda: {1: 2} ^ MyList([1]))
show(2035, lambda: {1: 2} < 1)
show(2036, lambda: {1: 2} < -0.0)
show(2037, lambda: {1: 2} < '')
show(2038, lambda: {1: 2} < {1: 2})
show(2039, lambda: {1: 2} < range(3))
show(2040, lambda: {1: 2} < MyStr('q'))
show(2041, lambda: {1: 2} <= 0)
show(2042, lambda: {1: 2} <= 2.5)
show(2043, lambda: {1: 2} <= 'ab')
show(2044, lambda: {1: 2} <= (1,))
show(2045, lambda: {1: 2} <= 1j)
show(2046, lambda: {1: 2} <= MyInt(5))
show(2047, lambda: {1: 2} <= bytearray(b'q'))
show(2048, lambda: {1: 2} == 2**70)
show(2049, lambda: {1: 2} == None)
show(2050, lambda: {1: 2} == [1, 2])
show(2051, lambda: {1: 2} == frozenset({3}))
show(2052, lambda: {1: 2} == B())
show(2053, lambda: {1: 2} == NI())
show(2054, lambda: {1: 2} != -3)
show(2055, lambda: {1: 2} != True)
show(2056, lambda: {1: 2} != b'xy')
show(2057, lambda: {1: 2} != {3})
show(2058, lambda: {1: 2} != A())
show(2059, lambda: {1: 2} != MyList([1]))
show(2060, lambda: {1: 2} > 1)
show(2061, lambda: {1: 2} > -0.0)
show(2062, lambda: {1: 2} > '')
show(2063, lambda: {1: 2} > {1: 2})
show(2064, lambda: {1: 2} > range(3))
show(2065, lambda: {1: 2} > MyStr('q'))
show(2066, lambda: {1: 2} >= 0)
show(2067, lambda: {1: 2} >= 2.5)
show(2068, lambda: {1: 2} >= 'ab')
show(2069, lambda: {1: 2} >= (1,))
show(2070, lambda: {1: 2} >= 1j)
show(2071, lambda: {1: 2} >= MyInt(5))
show(2072, lambda: {1: 2} >= bytearray(b'q'))
show(2073, lambda: {1: 2} in 2**70)
show(2074, lambda: {1: 2} in None)
show(2075, lambda: {1: 2} in [1, 2])
show(2076, lambda: {1: 2} in frozenset({3}))
show(2077, lambda: {1: 2} in B())
show(2078, lambda: {1: 2} in NI())
show(2079, lambda: {1: 2} not in -3)
show(2080, lambda: {1: 2} not in True)
show(2081, lambda: {1: 2} not in b'xy')
show(2082, lambda: {1: 2} not in {3})
show(2083, lambda: {1: 2} not in A())
show(2084, lambda: {1: 2} not in MyList([1]))
show(2085, lambda: {1: 2} @ 0)
show(2086, lambda: {1: 2} @ 2.5)
show(2087, lambda: {1: 2} @ 'ab')
show(2088, lambda: {1: 2} @ (1,))
show(2089, lambda: {1: 2} @ 1j)
show(2090, lambda: {1: 2} @ MyInt(5))
show(2091, lambda: {1: 2} @ bytearray(b'q'))
show(2092, lambda: {3} + 2**70)
show(2093, lambda: {3} + None)
show(2094, lambda: {3} + [1, 2])
show(2095, lambda: {3} + frozenset({3}))
show(2096, lambda: {3} + B())
show(2097, lambda: {3} + NI())
show(2098, lambda: {3} - -3)
show(2099, lambda: {3} - True)
show(2100, lambda: {3} - b'xy')
show(2101, lambda: {3} - {3})
show(2102, lambda: {3} - A())
show(2103, lambda: {3} - MyList([1]))
show(2104, lambda: {3} * 1)
show(2105, lambda: {3} * -0.0)
show(2106, lambda: {3} * '')
show(2107, lambda: {3} * {1: 2})
show(2108, lambda: {3} * range(3))
show(2109, lambda: {3} * MyStr('q'))
show(2110, lambda: {3} / 0)
show(2111, lambda: {3} / 2.5)
show(2112, lambda: {3} / 'ab')
show(2113, lambda: {3} / (1,))
show(2114, lambda: {3} / 1j)
show(2115, lambda: {3} / MyInt(5))
show(2116, lambda: {3} / bytearray(b'q'))
show(2117, lambda: {3} // 2**70)
show(2118, lambda: {3} // None)
show(2119, lambda: {3} // [1, 2])
show(2120, lambda: {3} // frozenset({3}))
show(2121, lambda: {3} // B())
show(2122, lambda: {3} // NI())
show(2123, lambda: {3} % 0)
show(2124, lambda: {3} % 1)
show(2125, lambda: {3} % -3)
show(2126, lambda: {3} % 2**70)
show(2127, lambda: {3} % 2.5)
show(2128, lambda: {3} % -0.0)
show(2129, lambda: {3} % True)
show(2130, lambda: {3} % None)
show(2131, lambda: {3} % 'ab')
show(2132, lambda: {3} % '')
show(2133, lambda: {3} % b'xy')
show(2134, lambda: {3} % [1, 2])
show(2135, lambda: {3} % (1,))
show(2136, lambda: {3} % {1: 2})
show(2137, lambda: {3} % {3})
show(2138, lambda: {3} % frozenset({3}))
show(2139, lambda: {3} % 1j)
show(2140, lambda: {3} % range(3))
show(2141, lambda: {3} % A())
show(2142, lambda: {3} % B())
show(2143, lambda: {3} % MyInt(5))
show(2144, lambda: {3} % MyStr('q'))
show(2145, lambda: {3} % MyList([1]))
show(2146, lambda: {3} % NI())
show(2147, lambda: {3} % bytearray(b'q'))
show(2148, lambda: {3} ** 1)
show(2149, lambda: {3} ** True)
show(2150, lambda: {3} ** b'xy')
show(2151, lambda: {3} ** {3})
show(2152, lambda: {3} ** A())
show(2153, lambda: {3} ** NI())
show(2154, lambda: {3} << -3)
show(2155, lambda: {3} << None)
show(2156, lambda: {3} << [1, 2])
show(2157, lambda: {3} << frozenset({3}))
show(2158, lambda: {3} << B())
show(2159, lambda: {3} << bytearray(b'q'))
show(2160, lambda: {3} >> 2**70)
show(2161, lambda: {3} >> None)
show(2162, lambda: {3} >> [1, 2])
show(2163, lambda: {3} >> frozenset({3}))
show(2164, lambda: {3} >> B())
show(2165, lambda: {3} >> NI())
show(2166, lambda: {3} & -3)
show(2167, lambda: {3} & True)
show(2168, lambda: {3} & b'xy')
show(2169, lambda: {3} & {3})
show(2170, lambda: {3} & A())
show(2171, lambda: {3} & MyList([1]))
show(2172, lambda: {3} | 1)
show(2173, lambda: {3} | -0.0)
show(2174, lambda: {3} | '')
show(2175, lambda: {3} | {1: 2})
show(2176, lambda: {3} | range(3))
show(2177, lambda: {3} | MyStr('q'))
show(2178, lambda: {3} ^ 0)
show(2179, lambda: {3} ^ 2.5)
show(2180, lambda: {3} ^ 'ab')
show(2181, lambda: {3} ^ (1,))
show(2182, lambda: {3} ^ 1j)
show(2183, lambda: {3} ^ MyInt(5))
show(2184, lambda: {3} ^ bytearray(b'q'))
show(2185, lambda: {3} < 2**70)
show(2186, lambda: {3} < None)
show(2187, lambda: {3} < [1, 2])
show(2188, lambda: {3} < frozenset({3}))
show(2189, lambda: {3} < B())
show(2190, lambda: {3} < NI())
show(2191, lambda: {3} <= -3)
show(2192, lambda: {3} <= True)
show(2193, lambda: {3} <= b'xy')
show(2194, lambda: {3} <= {3})
show(2195, lambda: {3} <= A())
show(2196, lambda: {3} <= MyList([1]))
show(2197, lambda: {3} == 1)
show(2198, lambda: {3} == -0.0)
show(2199, lambda: {3} == '')
show(2200, lambda: {3} == {1: 2})
show(2201, lambda: {3} == range(3))
show(2202, lambda: {3} == MyStr('q'))
show(2203, lambda: {3} != 0)
show(2204, lambda: {3} != 2.5)
show(2205, lambda: {3} != 'ab')
show(2206, lambda: {3} != (1,))
show(2207, lambda: {3} != 1j)
show(2208, lambda: {3} != MyInt(5))
show(2209, lambda: {3} != bytearray(b'q'))
show(2210, lambda: {3} > 2**70)
show(2211, lambda: {3} > None)
show(2212, lambda: {3} > [1, 2])
show(2213, lambda: {3} > frozenset({3}))
show(2214, lambda: {3} > B())
show(2215, lambda: {3} > NI())
show(2216, lambda: {3} >= -3)
show(2217, lambda: {3} >= True)
show(2218, lambda: {3} >= b'xy')
show(2219, lambda: {3} >= {3})
show(2220, lambda: {3} >= A())
show(2221, lambda: {3} >= MyList([1]))
show(2222, lambda: {3} in 1)
show(2223, lambda: {3} in -0.0)
show(2224, lambda: {3} in '')
show(2225, lambda: {3} in {1: 2})
show(2226, lambda: {3} in range(3))
show(2227, lambda: {3} in MyStr('q'))
show(2228, lambda: {3} not in 0)
show(2229, lambda: {3} not in 2.5)
show(2230, lambda: {3} not in 'ab')
show(2231, lambda: {3} not in (1,))
show(2232, lambda: {3} not in 1j)
show(2233, lambda: {3} not in MyInt(5))
show(2234, lambda: {3} not in bytearray(b'q'))
show(2235, lambda: {3} @ -3)
show(2236, lambda: {3} @ True)
show(2237, lambda: {3} @ b'xy')
show(2238, lambda: {3} @ {3})
show(2239, lambda: {3} @ A())
show(2240, lambda: {3} @ MyList([1]))
show(2241, lambda: frozenset({3}) + 1)
show(2242, lambda: frozenset({3}) + -0.0)
show(2243, lambda: frozenset({3}) + '')
show(2244, lambda: frozenset({3}) + {1: 2})
show(2245, lambda: frozenset({3}) + range(3))
show(2246, lambda: frozenset({3}) + MyStr('q'))
show(2247, lambda: frozenset({3}) - 0)
show(2248, lambda: frozenset({3}) - 2.5)
show(2249, lambda: frozenset({3}) - 'ab')
show(2250, lambda: frozenset({3}) - (1,))
show(2251, lambda: frozenset({3}) - 1j)
show(2252, lambda: frozenset({3}) - MyInt(5))
show(2253, lambda: frozenset({3}) - bytearray(b'q'))
show(2254, lambda: frozenset({3}) * 2**70)
show(2255, lambda: frozenset({3}) * None)
show(2256, lambda: frozenset({3}) * [1, 2])
show(2257, lambda: frozenset({3}) * frozenset({3}))
show(2258, lambda: frozenset({3}) * B())
show(2259, lambda: frozenset({3}) * NI())
show(2260, lambda: frozenset({3}) / -3)
show(2261, lambda: frozenset({3}) / True)
show(2262, lambda: frozenset({3}) / b'xy')
show(2263, lambda: frozenset({3}) / {3})
show(2264, lambda: frozenset({3}) / A())
show(2265, lambda: frozenset({3}) / MyList([1]))
show(2266, lambda: frozenset({3}) // 1)
show(2267, lambda: frozenset({3}) // -0.0)
show(2268, lambda: frozenset({3}) // '')
show(2269, lambda: frozenset({3}) // {1: 2})
show(2270, lambda: frozenset({3}) // range(3))
show(2271, lambda: frozenset({3}) // MyStr('q'))
show(2272, lambda: frozenset({3}) % 0)
show(2273, lambda: frozenset({3}) % 1)
show(2274, lambda: frozenset({3}) % -3)
show(2275, lambda: frozenset({3}) % 2**70)
show(2276, lambda: frozenset({3}) % 2.5)
show(2277, lambda: frozenset({3}) % -0.0)
show(2278, lambda: frozenset({3}) % True)
show(2279, lambda: frozenset({3}) % None)
show(2280, lambda: frozenset({3}) % 'ab')
show(2281, lambda: frozenset({3}) % '')
show(2282, lambda: frozenset({3}) % b'xy')
show(2283, lambda: frozenset({3}) % [1, 2])
show(2284, lambda: frozenset({3}) % (1,))
show(2285, lambda: frozenset({3}) % {1: 2})
show(2286, lambda: frozenset({3}) % {3})
show(2287, lambda: frozenset({3}) % frozenset({3}))
show(2288, lambda: frozenset({3}) % 1j)
show(2289, lambda: frozenset({3}) % range(3))
show(2290, lambda: frozenset({3}) % A())
show(2291, lambda: frozenset({3}) % B())
show(2292, lambda: frozenset({3}) % MyInt(5))
show(2293, lambda: frozenset({3}) % MyStr('q'))
show(2294, lambda: frozenset({3}) % MyList([1]))
show(2295, lambda: frozenset({3}) % NI())
show(2296, lambda: frozenset({3}) % bytearray(b'q'))
show(2297, lambda: frozenset({3}) ** 2.5)
show(2298, lambda: frozenset({3}) ** 'ab')
show(2299, lambda: frozenset({3}) ** (1,))
show(2300, lambda: frozenset({3}) ** 1j)
show(2301, lambda: frozenset({3}) ** MyStr('q'))
show(2302, lambda: frozenset({3}) << 0)
show(2303, lambda: frozenset({3}) << -0.0)
show(2304, lambda: frozenset({3}) << '')
show(2305, lambda: frozenset({3}) << {1: 2})
show(2306, lambda: frozenset({3}) << range(3))
show(2307, lambda: frozenset({3}) << MyList([1]))
show(2308, lambda: frozenset({3}) >> 1)
show(2309, lambda: frozenset({3}) >> -0.0)
show(2310, lambda: frozenset({3}) >> '')
show(2311, lambda: frozenset({3}) >> {1: 2})
show(2312, lambda: frozenset({3}) >> range(3))
show(2313, lambda: frozenset({3}) >> MyStr('q'))
show(2314, lambda: frozenset({3}) & 0)
show(2315, lambda: frozenset({3}) & 2.5)
show(2316, lambda: frozenset({3}) & 'ab')
show(2317, lambda: frozenset({3}) & (1,))
show(2318, lambda: frozenset({3}) & 1j)
show(2319, lambda: frozenset({3}) & MyInt(5))
show(2320, lambda: frozenset({3}) & bytearray(b'q'))
show(2321, lambda: frozenset({3}) | 2**70)
show(2322, lambda: frozenset({3}) | None)
show(2323, lambda: frozenset({3}) | [1, 2])
show(2324, lambda: frozenset({3}) | frozenset({3}))
show(2325, lambda: frozenset({3}) | B())
show(2326, lambda: frozenset({3}) | NI())
show(2327, lambda: frozenset({3}) ^ -3)
show(2328, lambda: frozenset({3}) ^ True)
show(2329, lambda: frozenset({3}) ^ b'xy')
show(2330, lambda: frozenset({3}) ^ {3})
show(2331, lambda: frozenset({3}) ^ A())
show(2332, lambda: frozenset({3}) ^ MyList([1]))
show(2333, lambda: frozenset({3}) < 1)
show(2334, lambda: frozenset({3}) < -0.0)
show(2335, lambda: frozenset({3}) < '')
show(2336, lambda: frozenset({3}) < {1: 2})
show(2337, lambda: frozenset({3}) < range(3))
show(2338, lambda: frozenset({3}) < MyStr('q'))
show(2339, lambda: frozenset({3}) <= 0)
show(2340, lambda: frozenset({3}) <= 2.5)
show(2341, lambda: frozenset({3}) <= 'ab')
show(2342, lambda: frozenset({3}) <= (1,))
show(2343, lambda: frozenset({3}) <= 1j)
show(2344, lambda: frozenset({3}) <= MyInt(5))
show(2345, lambda: frozenset({3}) <= bytearray(b'q'))
show(2346, lambda: frozenset({3}) == 2**70)
show(2347, lambda: frozenset({3}) == None)
show(2348, lambda: frozenset({3}) == [1, 2])
show(2349, lambda: frozenset({3}) == frozenset({3}))
show(2350, lambda: frozenset({3}) == B())
show(2351, lambda: frozenset({3}) == NI())
show(2352, lambda: frozenset({3}) != -3)
show(2353, lambda: frozenset({3}) != True)
show(2354, lambda: frozenset({3}) != b'xy')
show(2355, lambda: frozenset({3}) != {3})
show(2356, lambda: frozenset({3}) != A())
show(2357, lambda: frozenset({3}) != MyList([1]))
show(2358, lambda: frozenset({3}) > 1)
show(2359, lambda: frozenset({3}) > -0.0)
show(2360, lambda: frozenset({3}) > '')
show(2361, lambda: frozenset({3}) > {1: 2})
show(2362, lambda: frozenset({3}) > range(3))
show(2363, lambda: frozenset({3}) > MyStr('q'))
show(2364, lambda: frozenset({3}) >= 0)
show(2365, lambda: frozenset({3}) >= 2.5)
show(2366, lambda: frozenset({3}) >= 'ab')
show(2367, lambda: frozenset({3}) >= (1,))
show(2368, lambda: frozenset({3}) >= 1j)
show(2369, lambda: frozenset({3}) >= MyInt(5))
show(2370, lambda: frozenset({3}) >= bytearray(b'q'))
show(2371, lambda: frozenset({3}) in 2**70)
show(2372, lambda: frozenset({3}) in None)
show(2373, lambda: frozenset({3}) in [1, 2])
show(2374, lambda: frozenset({3}) in frozenset({3}))
show(2375, lambda: frozenset({3}) in B())
show(2376, lambda: frozenset({3}) in NI())
show(2377, lambda: frozenset({3}) not in -3)
show(2378, lambda: frozenset({3}) not in True)
show(2379, lambda: frozenset({3}) not in b'xy')
show(2380, lambda: frozenset({3}) not in {3})
show(2381, lambda: frozenset({3}) not in A())
show(2382, lambda: frozenset({3}) not in MyList([1]))
show(2383, lambda: frozenset({3}) @ 0)
show(2384, lambda: frozenset({3}) @ 2.5)
show(2385, lambda: frozenset({3}) @ 'ab')
show(2386, lambda: frozenset({3}) @ (1,))
show(2387, lambda: frozenset({3}) @ 1j)
show(2388, lambda: frozenset({3}) @ MyInt(5))
show(2389, lambda: frozenset({3}) @ bytearray(b'q'))
show(2390, lambda: 1j + 2**70)
show(2391, lambda: 1j + None)
show(2392, lambda: 1j + [1, 2])
show(2393, lambda: 1j + frozenset({3}))
show(2394, lambda: 1j + B())
show(2395, lambda: 1j + NI())
show(2396, lambda: 1j - -3)
show(2397, lambda: 1j - True)
show(2398, lambda: 1j - b'xy')
show(2399, lambda: 1j - {3})
show(2400, lambda: 1j - A())
show(2401, lambda: 1j - MyList([1]))
show(2402, lambda: 1j * 1)
show(2403, lambda: 1j * -0.0)
show(2404, lambda: 1j * '')
show(2405, lambda: 1j * {1: 2})
show(2406, lambda: 1j * range(3))
show(2407, lambda: 1j * MyStr('q'))
show(2408, lambda: 1j / 0)
show(2409, lambda: 1j / 2.5)
show(2410, lambda: 1j / 'ab')
show(2411, lambda: 1j / (1,))
show(2412, lambda: 1j / 1j)
show(2413, lambda: 1j / MyInt(5))
show(2414, lambda: 1j / bytearray(b'q'))
show(2415, lambda: 1j // 2**70)
show(2416, lambda: 1j // None)
show(2417, lambda: 1j // [1, 2])
show(2418, lambda: 1j // frozenset({3}))
show(2419, lambda: 1j // B())
show(2420, lambda: 1j // NI())
show(2421, lambda: 1j % 0)
show(2422, lambda: 1j % 1)
show(2423, lambda: 1j % -3)
show(2424, lambda: 1j % 2**70)
show(2425, lambda: 1j % 2.5)
show(2426, lambda: 1j % -0.0)
show(2427, lambda: 1j % True)
show(2428, lambda: 1j % None)
show(2429, lambda: 1j % 'ab')
show(2430, lambda: 1j % '')
show(2431, lambda: 1j % b'xy')
show(2432, lambda: 1j % [1, 2])
show(2433, lambda: 1j % (1,))
show(2434, lambda: 1j % {1: 2})
show(2435, lambda: 1j % {3})
show(2436, lambda: 1j % frozenset({3}))
show(2437, lambda: 1j % 1j)
show(2438, lambda: 1j % range(3))
show(2439, lambda: 1j % A())
show(2440, lambda: 1j % B())
show(2441, lambda: 1j % MyInt(5))
show(2442, lambda: 1j % MyStr('q'))
show(2443, lambda: 1j % MyList([1]))
show(2444, lambda: 1j % NI())
show(2445, lambda: 1j % bytearray(b'q'))
show(2446, lambda: 1j ** 1)
show(2447, lambda: 1j ** True)
show(2448, lambda: 1j ** b'xy')
show(2449, lambda: 1j ** {3})
show(2450, lambda: 1j ** A())
show(2451, lambda: 1j ** NI())
show(2452, lambda: 1j << -3)
show(2453, lambda: 1j << None)
show(2454, lambda: 1j << [1, 2])
show(2455, lambda: 1j << frozenset({3}))
show(2456, lambda: 1j << B())
show(2457, lambda: 1j << bytearray(b'q'))
show(2458, lambda: 1j >> 2**70)
show(2459, lambda: 1j >> None)
show(2460, lambda: 1j >> [1, 2])
show(2461, lambda: 1j >> frozenset({3}))
show(2462, lambda: 1j >> B())
show(2463, lambda: 1j >> NI())
show(2464, lambda: 1j & -3)
show(2465, lambda: 1j & True)
show(2466, lambda: 1j & b'xy')
show(2467, lambda: 1j & {3})
show(2468, lambda: 1j & A())
show(2469, lambda: 1j & MyList([1]))
show(2470, lambda: 1j | 1)
show(2471, lambda: 1j | -0.0)
show(2472, lambda: 1j | '')
show(2473, lambda: 1j | {1: 2})
show(2474, lambda: 1j | range(3))
show(2475, lambda: 1j | MyStr('q'))
show(2476, lambda: 1j ^ 0)
show(2477, lambda: 1j ^ 2.5)
show(2478, lambda: 1j ^ 'ab')
show(2479, lambda: 1j ^ (1,))
show(2480, lambda: 1j ^ 1j)
show(2481, lambda: 1j ^ MyInt(5))
show(2482, lambda: 1j ^ bytearray(b'q'))
show(2483, lambda: 1j < 2**70)
show(2484, lambda: 1j < None)
show(2485, lambda: 1j < [1, 2])
show(2486, lambda: 1j < frozenset({3}))
show(2487, lambda: 1j < B())
show(2488, lambda: 1j < NI())
show(2489, lambda: 1j <= -3)
show(2490, lambda: 1j <= True)
show(2491, lambda: 1j <= b'xy')
show(2492, lambda: 1j <= {3})
show(2493, lambda: 1j <= A())
show(2494, lambda: 1j <= MyList([1]))
show(2495, lambda: 1j == 1)
show(2496, lambda: 1j == -0.0)
show(2497, lambda: 1j == '')
show(2498, lambda: 1j == {1: 2})
show(2499, lambda: 1j == range(3))
show(2500, lambda: 1j == MyStr('q'))
show(2501, lambda: 1j != 0)
show(2502, lambda: 1j != 2.5)
show(2503, lambda: 1j != 'ab')
show(2504, lambda: 1j != (1,))
show(2505, lambda: 1j != 1j)
show(2506, lambda: 1j != MyInt(5))
show(2507, lambda: 1j != bytearray(b'q'))
show(2508, lambda: 1j > 2**70)
show(2509, lambda: 1j > None)
show(2510, lambda: 1j > [1, 2])
show(2511, lambda: 1j > frozenset({3}))
show(2512, lambda: 1j > B())
show(2513, lambda: 1j > NI())
show(2514, lambda: 1j >= -3)
show(2515, lambda: 1j >= True)
show(2516, lambda: 1j >= b'xy')
show(2517, lambda: 1j >= {3})
show(2518, lambda: 1j >= A())
show(2519, lambda: 1j >= MyList([1]))
show(2520, lambda: 1j in 1)
show(2521, lambda: 1j in -0.0)
show(2522, lambda: 1j in '')
show(2523, lambda: 1j in {1: 2})
show(2524, lambda: 1j in range(3))
show(2525, lambda: 1j in MyStr('q'))
show(2526, lambda: 1j not in 0)
show(2527, lambda: 1j not in 2.5)
show(2528, lambda: 1j not in 'ab')
show(2529, lambda: 1j not in (1,))
show(2530, lambda: 1j not in 1j)
show(2531, lambda: 1j not in MyInt(5))
show(2532, lambda: 1j not in bytearray(b'q'))
show(2533, lambda: 1j @ -3)
show(2534, lambda: 1j @ True)
show(2535, lambda: 1j @ b'xy')
show(2536, lambda: 1j @ {3})
show(2537, lambda: 1j @ A())
show(2538, lambda: 1j @ MyList([1]))
show(2539, lambda: range(3) + 1)
show(2540, lambda: range(3) + -0.0)
show(2541, lambda: range(3) + '')
show(2542, lambda: range(3) + {1: 2})
show(2543, lambda: range(3) + range(3))
show(2544, lambda: range(3) + MyStr('q'))
show(2545, lambda: range(3) - 0)
show(2546, lambda: range(3) - 2.5)
show(2547, lambda: range(3) - 'ab')
show(2548, lambda: range(3) - (1,))
show(2549, lambda: range(3) - 1j)
show(2550, lambda: range(3) - MyInt(5))
show(2551, lambda: range(3) - bytearray(b'q'))
show(2552, lambda: range(3) * 2**70)
show(2553, lambda: range(3) * None)
show(2554, lambda: range(3) * [1, 2])
show(2555, lambda: range(3) * frozenset({3}))
show(2556, lambda: range(3) * B())
show(2557, lambda: range(3) * NI())
show(2558, lambda: range(3) / -3)
show(2559, lambda: range(3) / True)
show(2560, lambda: range(3) / b'xy')
show(2561, lambda: range(3) / {3})
show(2562, lambda: range(3) / A())
show(2563, lambda: range(3) / MyList([1]))
show(2564, lambda: range(3) // 1)
show(2565, lambda: range(3) // -0.0)
show(2566, lambda: range(3) // '')
show(2567, lambda: range(3) // {1: 2})
show(2568, lambda: range(3) // range(3))
show(2569, lambda: range(3) // MyStr('q'))
show(2570, lambda: range(3) % 0)
show(2571, lambda: range(3) % 1)
show(2572, lambda: range(3) % -3)
show(2573, lambda: range(3) % 2**70)
show(2574, lambda: range(3) % 2.5)
show(2575, lambda: range(3) % -0.0)
show(2576, lambda: range(3) % True)
show(2577, lambda: range(3) % None)
show(2578, lambda: range(3) % 'ab')
show(2579, lambda: range(3) % '')
show(2580, lambda: range(3) % b'xy')
show(2581, lambda: range(3) % [1, 2])
show(2582, lambda: range(3) % (1,))
show(2583, lambda: range(3) % {1: 2})
show(2584, lambda: range(3) % {3})
show(2585, lambda: range(3) % frozenset({3}))
show(2586, lambda: range(3) % 1j)
show(2587, lambda: range(3) % range(3))
show(2588, lambda: range(3) % A())
show(2589, lambda: range(3) % B())
show(2590, lambda: range(3) % MyInt(5))
show(2591, lambda: range(3) % MyStr('q'))
show(2592, lambda: range(3) % MyList([1]))
show(2593, lambda: range(3) % NI())
show(2594, lambda: range(3) % bytearray(b'q'))
show(2595, lambda: range(3) ** 2.5)
show(2596, lambda: range(3) ** 'ab')
show(2597, lambda: range(3) ** (1,))
show(2598, lambda: range(3) ** 1j)
show(2599, lambda: range(3) ** MyStr('q'))
show(2600, lambda: range(3) << 0)
show(2601, lambda: range(3) << -0.0)
show(2602, lambda: range(3) << '')
show(2603, lambda: range(3) << {1: 2})
show(2604, lambda: range(3) << range(3))
show(2605, lambda: range(3) << MyList([1]))
show(2606, lambda: range(3) >> 1)
show(2607, lambda: range(3) >> -0.0)
show(2608, lambda: range(3) >> '')
show(2609, lambda: range(3) >> {1: 2})
show(2610, lambda: range(3) >> range(3))
show(2611, lambda: range(3) >> MyStr('q'))
show(2612, lambda: range(3) & 0)
show(2613, lambda: range(3) & 2.5)
show(2614, lambda: range(3) & 'ab')
show(2615, lambda: range(3) & (1,))
show(2616, lambda: range(3) & 1j)
show(2617, lambda: range(3) & MyInt(5))
show(2618, lambda: range(3) & bytearray(b'q'))
show(2619, lambda: range(3) | 2**70)
show(2620, lambda: range(3) | None)
show(2621, lambda: range(3) | [1, 2])
show(2622, lambda: range(3) | frozenset({3}))
show(2623, lambda: range(3) | B())
show(2624, lambda: range(3) | NI())
show(2625, lambda: range(3) ^ -3)
show(2626, lambda: range(3) ^ True)
show(2627, lambda: range(3) ^ b'xy')
show(2628, lambda: range(3) ^ {3})
show(2629, lambda: range(3) ^ A())
show(2630, lambda: range(3) ^ MyList([1]))
show(2631, lambda: range(3) < 1)
show(2632, lambda: range(3) < -0.0)
show(2633, lambda: range(3) < '')
show(2634, lambda: range(3) < {1: 2})
show(2635, lambda: range(3) < range(3))
show(2636, lambda: range(3) < MyStr('q'))
show(2637, lambda: range(3) <= 0)
show(2638, lambda: range(3) <= 2.5)
show(2639, lambda: range(3) <= 'ab')
show(2640, lambda: range(3) <= (1,))
show(2641, lambda: range(3) <= 1j)
show(2642, lambda: range(3) <= MyInt(5))
show(2643, lambda: range(3) <= bytearray(b'q'))
show(2644, lambda: range(3) == 2**70)
show(2645, lambda: range(3) == None)
show(2646, lambda: range(3) == [1, 2])
show(2647, lambda: range(3) == frozenset({3}))
show(2648, lambda: range(3) == B())
show(2649, lambda: range(3) == NI())
show(2650, lambda: range(3) != -3)
show(2651, lambda: range(3) != True)
show(2652, lambda: range(3) != b'xy')
show(2653, lambda: range(3) != {3})
show(2654, lambda: range(3) != A())
show(2655, lambda: range(3) != MyList([1]))
show(2656, lambda: range(3) > 1)
show(2657, lambda: range(3) > -0.0)
show(2658, lambda: range(3) > '')
show(2659, lambda: range(3) > {1: 2})
show(2660, lambda: range(3) > range(3))
show(2661, lambda: range(3) > MyStr('q'))
show(2662, lambda: range(3) >= 0)
show(2663, lambda: range(3) >= 2.5)
show(2664, lambda: range(3) >= 'ab')
show(2665, lambda: range(3) >= (1,))
show(2666, lambda: range(3) >= 1j)
show(2667, lambda: range(3) >= MyInt(5))
show(2668, lambda: range(3) >= bytearray(b'q'))
show(2669, lambda: range(3) in 2**70)
show(2670, lambda: range(3) in None)
show(2671, lambda: range(3) in [1, 2])
show(2672, lambda: range(3) in frozenset({3}))
show(2673, lambda: range(3) in B())
show(2674, lambda: range(3) in NI())
show(2675, lambda: range(3) not in -3)
show(2676, lambda: range(3) not in True)
show(2677, lambda: range(3) not in b'xy')
show(2678, lambda: range(3) not in {3})
show(2679, lambda: range(3) not in A())
show(2680, lambda: range(3) not in MyList([1]))
show(2681, lambda: range(3) @ 0)
show(2682, lambda: range(3) @ 2.5)
show(2683, lambda: range(3) @ 'ab')
show(2684, lambda: range(3) @ (1,))
show(2685, lambda: range(3) @ 1j)
show(2686, lambda: range(3) @ MyInt(5))
show(2687, lambda: range(3) @ bytearray(b'q'))
show(2688, lambda: A() + 2**70)
show(2689, lambda: A() + None)
show(2690, lambda: A() + [1, 2])
show(2691, lambda: A() + frozenset({3}))
show(2692, lambda: A() + B())
show(2693, lambda: A() + NI())
show(2694, lambda: A() - -3)
show(2695, lambda: A() - True)
show(2696, lambda: A() - b'xy')
show(2697, lambda: A() - {3})
show(2698, lambda: A() - A())
show(2699, lambda: A() - MyList([1]))
show(2700, lambda: A() * 1)
show(2701, lambda: A() * -0.0)
show(2702, lambda: A() * '')
show(2703, lambda: A() * {1: 2})
show(2704, lambda: A() * range(3))
show(2705, lambda: A() * MyStr('q'))
show(2706, lambda: A() / 0)
show(2707, lambda: A() / 2.5)
show(2708, lambda: A() / 'ab')
show(2709, lambda: A() / (1,))
show(2710, lambda: A() / 1j)
show(2711, lambda: A() / MyInt(5))
show(2712, lambda: A() / bytearray(b'q'))
show(2713, lambda: A() // 2**70)
show(2714, lambda: A() // None)
show(2715, lambda: A() // [1, 2])
show(2716, lambda: A() // frozenset({3}))
show(2717, lambda: A() // B())
show(2718, lambda: A() // NI())
show(2719, lambda: A() % 0)
show(2720, lambda: A() % 1)
show(2721, lambda: A() % -3)
show(2722, lambda: A() % 2**70)
show(2723, lambda: A() % 2.5)
show(2724, lambda: A() % -0.0)
show(2725, lambda: A() % True)
show(2726, lambda: A() % None)
show(2727, lambda: A() % 'ab')
show(2728, lambda: A() % '')
show(2729, lambda: A() % b'xy')
show(2730, lambda: A() % [1, 2])
show(2731, lambda: A() % (1,))
show(2732, lambda: A() % {1: 2})
show(2733, lambda: A() % {3})
show(2734, lambda: A() % frozenset({3}))
show(2735, lambda: A() % 1j)
show(2736, lambda: A() % range(3))
show(2737, lambda: A() % A())
show(2738, lambda: A() % B())
show(2739, lambda: A() % MyInt(5))
show(2740, lambda: A() % MyStr('q'))
show(2741, lambda: A() % MyList([1]))
show(2742, lambda: A() % NI())
show(2743, lambda: A() % bytearray(b'q'))
show(2744, lambda: A() ** 1)
show(2745, lambda: A() ** True)
show(2746, lambda: A() ** b'xy')
show(2747, lambda: A() ** {3})
show(2748, lambda: A() ** A())
show(2749, lambda: A() ** NI())
show(2750, lambda: A() << -3)
show(2751, lambda: A() << None)
show(2752, lambda: A() << [1, 2])
show(2753, lambda: A() << frozenset({3}))
show(2754, lambda: A() << B())
show(2755, lambda: A() << bytearray(b'q'))
show(2756, lambda: A() >> 2**70)
show(2757, lambda: A() >> None)
show(2758, lambda: A() >> [1, 2])
show(2759, lambda: A() >> frozenset({3}))
show(2760, lambda: A() >> B())
show(2761, lambda: A() >> NI())
show(2762, lambda: A() & -3)
show(2763, lambda: A() & True)
show(2764, lambda: A() & b'xy')
show(2765, lambda: A() & {3})
show(2766, lambda: A() & A())
show(2767, lambda: A() & MyList([1]))
show(2768, lambda: A() | 1)
show(2769, lambda: A() | -0.0)
show(2770, lambda: A() | '')
show(2771, lambda: A() | {1: 2})
show(2772, lambda: A() | range(3))
show(2773, lambda: A() | MyStr('q'))
show(2774, lambda: A() ^ 0)
show(2775, lambda: A() ^ 2.5)
show(2776, lambda: A() ^ 'ab')
show(2777, lambda: A() ^ (1,))
show(2778, lambda: A() ^ 1j)
show(2779, lambda: A() ^ MyInt(5))
show(2780, lambda: A() ^ bytearray(b'q'))
show(2781, lambda: A() < 2**70)
show(2782, lambda: A() < None)
show(2783, lambda: A() < [1, 2])
show(2784, lambda: A() < frozenset({3}))
show(2785, lambda: A() < B())
show(2786, lambda: A() < NI())
show(2787, lambda: A() <= -3)
show(2788, lambda: A() <= True)
show(2789, lambda: A() <= b'xy')
show(2790, lambda: A() <= {3})
show(2791, lambda: A() <= A())
show(2792, lambda: A() <= MyList([1]))
show(2793, lambda: A() == 1)
show(2794, lambda: A() == -0.0)
show(2795, lambda: A() == '')
show(2796, lambda: A() == {1: 2})
show(2797, lambda: A() == range(3))
show(2798, lambda: A() == MyStr('q'))
show(2799, lambda: A() != 0)
show(2800, lambda: A() != 2.5)
show(2801, lambda: A() != 'ab')
show(2802, lambda: A() != (1,))
show(2803, lambda: A() != 1j)
show(2804, lambda: A() != MyInt(5))
show(2805, lambda: A() != bytearray(b'q'))
show(2806, lambda: A() > 2**70)
show(2807, lambda: A() > None)
show(2808, lambda: A() > [1, 2])
show(2809, lambda: A() > frozenset({3}))
show(2810, lambda: A() > B())
show(2811, lambda: A() > NI())
show(2812, lambda: A() >= -3)
show(2813, lambda: A() >= True)
show(2814, lambda: A() >= b'xy')
show(2815, lambda: A() >= {3})
show(2816, lambda: A() >= A())
show(2817, lambda: A() >= MyList([1]))
show(2818, lambda: A() in 1)
show(2819, lambda: A() in -0.0)
show(2820, lambda: A() in '')
show(2821, lambda: A() in {1: 2})
show(2822, lambda: A() in range(3))
show(2823, lambda: A() in MyStr('q'))
show(2824, lambda: A() not in 0)
show(2825, lambda: A() not in 2.5)
show(2826, lambda: A() not in 'ab')
show(2827, lambda: A() not in (1,))
show(2828, lambda: A() not in 1j)
show(2829, lambda: A() not in MyInt(5))
show(2830, lambda: A() not in bytearray(b'q'))
show(2831, lambda: A() @ -3)
show(2832, lambda: A() @ True)
show(2833, lambda: A() @ b'xy')
show(2834, lambda: A() @ {3})
show(2835, lambda: A() @ A())
show(2836, lambda: A() @ MyList([1]))
show(2837, lambda: B() + 1)
show(2838, lambda: B() + -0.0)
show(2839, lambda: B() + '')
show(2840, lambda: B() + {1: 2})
show(2841, lambda: B() + range(3))
show(2842, lambda: B() + MyStr('q'))
show(2843, lambda: B() - 0)
show(2844, lambda: B() - 2.5)
show(2845, lambda: B() - 'ab')
show(2846, lambda: B() - (1,))
show(2847, lambda: B() - 1j)
show(2848, lambda: B() - MyInt(5))
show(2849, lambda: B() - bytearray(b'q'))
show(2850, lambda: B() * 2**70)
show(2851, lambda: B() * None)
show(2852, lambda: B() * [1, 2])
show(2853, lambda: B() * frozenset({3}))
show(2854, lambda: B() * B())
show(2855, lambda: B() * NI())
show(2856, lambda: B() / -3)
show(2857, lambda: B() / True)
show(2858, lambda: B() / b'xy')
show(2859, lambda: B() / {3})
show(2860, lambda: B() / A())
show(2861, lambda: B() / MyList([1]))
show(2862, lambda: B() // 1)
show(2863, lambda: B() // -0.0)
show(2864, lambda: B() // '')
show(2865, lambda: B() // {1: 2})
show(2866, lambda: B() // range(3))
show(2867, lambda: B() // MyStr('q'))
show(2868, lambda: B() % 0)
show(2869, lambda: B() % 1)
show(2870, lambda: B() % -3)
show(2871, lambda: B() % 2**70)
show(2872, lambda: B() % 2.5)
show(2873, lambda: B() % -0.0)
show(2874, lambda: B() % True)
show(2875, lambda: B() % None)
show(2876, lambda: B() % 'ab')
show(2877, lambda: B() % '')
show(2878, lambda: B() % b'xy')
show(2879, lambda: B() % [1, 2])
show(2880, lambda: B() % (1,))
show(2881, lambda: B() % {1: 2})
show(2882, lambda: B() % {3})
show(2883, lambda: B() % frozenset({3}))
show(2884, lambda: B() % 1j)
show(2885, lambda: B() % range(3))
show(2886, lambda: B() % A())
show(2887, lambda: B() % B())
show(2888, lambda: B() % MyInt(5))
show(2889, lambda: B() % MyStr('q'))
show(2890, lambda: B() % MyList([1]))
show(2891, lambda: B() % NI())
show(2892, lambda: B() % bytearray(b'q'))
show(2893, lambda: B() ** 2.5)
show(2894, lambda: B() ** 'ab')
show(2895, lambda: B() ** (1,))
show(2896, lambda: B() ** 1j)
show(2897, lambda: B() ** MyStr('q'))
show(2898, lambda: B() << 0)
show(2899, lambda: B() << -0.0)
show(2900, lambda: B() << '')
show(2901, lambda: B() << {1: 2})
show(2902, lambda: B() << range(3))
show(2903, lambda: B() << MyList([1]))
show(2904, lambda: B() >> 1)
show(2905, lambda: B() >> -0.0)
show(2906, lambda: B() >> '')
show(2907, lambda: B() >> {1: 2})
show(2908, lambda: B() >> range(3))
show(2909, lambda: B() >> MyStr('q'))
show(2910, lambda: B() & 0)
show(2911, lambda: B() & 2.5)
show(2912, lambda: B() & 'ab')
show(2913, lambda: B() & (1,))
show(2914, lambda: B() & 1j)
show(2915, lambda: B() & MyInt(5))
show(2916, lambda: B() & bytearray(b'q'))
show(2917, lambda: B() | 2**70)
show(2918, lambda: B() | None)
show(2919, lambda: B() | [1, 2])
show(2920, lambda: B() | frozenset({3}))
show(2921, lambda: B() | B())
show(2922, lambda: B() | NI())
show(2923, lambda: B() ^ -3)
show(2924, lambda: B() ^ True)
show(2925, lambda: B() ^ b'xy')
show(2926, lambda: B() ^ {3})
show(2927, lambda: B() ^ A())
show(2928, lambda: B() ^ MyList([1]))
show(2929, lambda: B() < 1)
show(2930, lambda: B() < -0.0)
show(2931, lambda: B() < '')
show(2932, lambda: B() < {1: 2})
show(2933, lambda: B() < range(3))
show(2934, lambda: B() < MyStr('q'))
show(2935, lambda: B() <= 0)
show(2936, lambda: B() <= 2.5)
show(2937, lambda: B() <= 'ab')
show(2938, lambda: B() <= (1,))
show(2939, lambda: B() <= 1j)
show(2940, lambda: B() <= MyInt(5))
show(2941, lambda: B() <= bytearray(b'q'))
show(2942, lambda: B() == 2**70)
show(2943, lambda: B() == None)
show(2944, lambda: B() == [1, 2])
show(2945, lambda: B() == frozenset({3}))
show(2946, lambda: B() == B())
show(2947, lambda: B() == NI())
show(2948, lambda: B() != -3)
show(2949, lambda: B() != True)
show(2950, lambda: B() != b'xy')
show(2951, lambda: B() != {3})
show(2952, lambda: B() != A())
show(2953, lambda: B() != MyList([1]))
show(2954, lambda: B() > 1)
show(2955, lambda: B() > -0.0)
show(2956, lambda: B() > '')
show(2957, lambda: B() > {1: 2})
show(2958, lambda: B() > range(3))
show(2959, lambda: B() > MyStr('q'))
show(2960, lambda: B() >= 0)
show(2961, lambda: B() >= 2.5)
show(2962, lambda: B() >= 'ab')
show(2963, lambda: B() >= (1,))
show(2964, lambda: B() >= 1j)
show(2965, lambda: B() >= MyInt(5))
show(2966, lambda: B() >= bytearray(b'q'))
show(2967, lambda: B() in 2**70)
show(2968, lambda: B() in None)
show(2969, lambda: B() in [1, 2])
show(2970, lambda: B() in frozenset({3}))
show(2971, lambda: B() in B())
show(2972, lambda: B() in NI())
show(2973, lambda: B() not in -3)
show(2974, lambda: B() not in True)
show(2975, lambda: B() not in b'xy')
show(2976, lambda: B() not in {3})
show(2977, lambda: B() not in A())
show(2978, lambda: B() not in MyList([1]))
show(2979, lambda: B() @ 0)
show(2980, lambda: B() @ 2.5)
show(2981, lambda: B() @ 'ab')
show(2982, lambda: B() @ (1,))
show(2983, lambda: B() @ 1j)
show(2984, lambda: B() @ MyInt(5))
show(2985, lambda: B() @ bytearray(b'q'))
show(2986, lambda: MyInt(5) + 2**70)
show(2987, lambda: MyInt(5) + None)
show(2988, lambda: MyInt(5) + [1, 2])
show(2989, lambda: MyInt(5) + frozenset({3}))
show(2990, lambda: MyInt(5) + B())
show(2991, lambda: MyInt(5) + NI())
show(2992, lambda: MyInt(5) - -3)
show(2993, lambda: MyInt(5) - True)
show(2994, lambda: MyInt(5) - b'xy')
show(2995, lambda: MyInt(5) - {3})
show(2996, lambda: MyInt(5) - A())
show(2997, lambda: MyInt(5) - MyList([1]))
show(2998, lambda: MyInt(5) * 1)
show(2999, lambda: MyInt(5) * -0.0)
show(3000, lambda: MyInt(5) * '')
show(3001, lambda: MyInt(5) * {1: 2})
show(3002, lambda: MyInt(5) * range(3))
show(3003, lambda: MyInt(5) * MyStr('q'))
show(3004, lambda: MyInt(5) / 0)
show(3005, lambda: MyInt(5) / 2.5)
show(3006, lambda: MyInt(5) / 'ab')
show(3007, lambda: MyInt(5) / (1,))
show(3008, lambda: MyInt(5) / 1j)
show(3009, lambda: MyInt(5) / MyInt(5))
show(3010, lambda: MyInt(5) / bytearray(b'q'))
show(3011, lambda: MyInt(5) // 2**70)
show(3012, lambda: MyInt(5) // None)
show(3013, lambda: MyInt(5) // [1, 2])
show(3014, lambda: MyInt(5) // frozenset({3}))
show(3015, lambda: MyInt(5) // B())
show(3016, lambda: MyInt(5) // NI())
show(3017, lambda: MyInt(5) % 0)
show(3018, lambda: MyInt(5) % 1)
show(3019, lambda: MyInt(5) % -3)
show(3020, lambda: MyInt(5) % 2**70)
show(3021, lambda: MyInt(5) % 2.5)
show(3022, lambda: MyInt(5) % -0.0)
show(3023, lambda: MyInt(5) % True)
show(3024, lambda: MyInt(5) % None)
show(3025, lambda: MyInt(5) % 'ab')
show(3026, lambda: MyInt(5) % '')
show(3027, lambda: MyInt(5) % b'xy')
show(3028, lambda: MyInt(5) % [1, 2])
show(3029, lambda: MyInt(5) % (1,))
show(3030, lambda: MyInt(5) % {1: 2})
show(3031, lambda: MyInt(5) % {3})
show(3032, lambda: MyInt(5) % frozenset({3}))
show(3033, lambda: MyInt(5) % 1j)
show(3034, lambda: MyInt(5) % range(3))
show(3035, lambda: MyInt(5) % A())
show(3036, lambda: MyInt(5) % B())
show(3037, lambda: MyInt(5) % MyInt(5))
show(3038, lambda: MyInt(5) % MyStr('q'))
show(3039, lambda: MyInt(5) % MyList([1]))
show(3040, lambda: MyInt(5) % NI())
show(3041, lambda: MyInt(5) % bytearray(b'q'))
show(3042, lambda: MyInt(5) ** 1)
show(3043, lambda: MyInt(5) ** True)
show(3044, lambda: MyInt(5) ** b'xy')
show(3045, lambda: MyInt(5) ** {3})
show(3046, lambda: MyInt(5) ** A())
show(3047, lambda: MyInt(5) ** NI())
show(3048, lambda: MyInt(5) << -3)
show(3049, lambda: MyInt(5) << None)
show(3050, lambda: MyInt(5) << [1, 2])
show(3051, lambda: MyInt(5) << frozenset({3}))
show(3052, lambda: MyInt(5) << B())
show(3053, lambda: MyInt(5) << bytearray(b'q'))
show(3054, lambda: MyInt(5) >> 2**70)
show(3055, lambda: MyInt(5) >> None)
show(3056, lambda: MyInt(5) >> [1, 2])
show(3057, lambda: MyInt(5) >> frozenset({3}))
show(3058, lambda: MyInt(5) >> B())
show(3059, lambda: MyInt(5) >> NI())
show(3060, lambda: MyInt(5) & -3)
show(3061, lambda: MyInt(5) & True)
show(3062, lambda: MyInt(5) & b'xy')
show(3063, lambda: MyInt(5) & {3})
show(3064, lambda: MyInt(5) & A())
show(3065, lambda: MyInt(5) & MyList([1]))
show(3066, lambda: MyInt(5) | 1)
show(3067, lambda: MyInt(5) | -0.0)
show(3068, lambda: MyInt(5) | '')
show(3069, lambda: MyInt(5) | {1: 2})
show(3070, lambda: MyInt(5) | range(3))
show(3071, lambda: MyInt(5) | MyStr('q'))
show(3072, lambda: MyInt(5) ^ 0)
show(3073, lambda: MyInt(5) ^ 2.5)
show(3074, lambda: MyInt(5) ^ 'ab')
show(3075, lambda: MyInt(5) ^ (1,))
show(3076, lambda: MyInt(5) ^ 1j)
show(3077, lambda: MyInt(5) ^ MyInt(5))
show(3078, lambda: MyInt(5) ^ bytearray(b'q'))
show(3079, lambda: MyInt(5) < 2**70)
show(3080, lambda: MyInt(5) < None)
show(3081, lambda: MyInt(5) < [1, 2])
show(3082, lambda: MyInt(5) < frozenset({3}))
show(3083, lambda: MyInt(5) < B())
show(3084, lambda: MyInt(5) < NI())
show(3085, lambda: MyInt(5) <= -3)
show(3086, lambda: MyInt(5) <= True)
show(3087, lambda: MyInt(5) <= b'xy')
show(3088, lambda: MyInt(5) <= {3})
show(3089, lambda: MyInt(5) <= A())
show(3090, lambda: MyInt(5) <= MyList([1]))
show(3091, lambda: MyInt(5) == 1)
show(3092, lambda: MyInt(5) == -0.0)
show(3093, lambda: MyInt(5) == '')
show(3094, lambda: MyInt(5) == {1: 2})
show(3095, lambda: MyInt(5) == range(3))
show(3096, lambda: MyInt(5) == MyStr('q'))
show(3097, lambda: MyInt(5) != 0)
show(3098, lambda: MyInt(5) != 2.5)
show(3099, lambda: MyInt(5) != 'ab')
show(3100, lambda: MyInt(5) != (1,))
show(3101, lambda: MyInt(5) != 1j)
show(3102, lambda: MyInt(5) != MyInt(5))
show(3103, lambda: MyInt(5) != bytearray(b'q'))
show(3104, lambda: MyInt(5) > 2**70)
show(3105, lambda: MyInt(5) > None)
show(3106, lambda: MyInt(5) > [1, 2])
show(3107, lambda: MyInt(5) > frozenset({3}))
show(3108, lambda: MyInt(5) > B())
show(3109, lambda: MyInt(5) > NI())
show(3110, lambda: MyInt(5) >= -3)
show(3111, lambda: MyInt(5) >= True)
show(3112, lambda: MyInt(5) >= b'xy')
show(3113, lambda: MyInt(5) >= {3})
show(3114, lambda: MyInt(5) >= A())
show(3115, lambda: MyInt(5) >= MyList([1]))
show(3116, lambda: MyInt(5) in 1)
show(3117, lambda: MyInt(5) in -0.0)
show(3118, lambda: MyInt(5) in '')
show(3119, lambda: MyInt(5) in {1: 2})
show(3120, lambda: MyInt(5) in range(3))
show(3121, lambda: MyInt(5) in MyStr('q'))
show(3122, lambda: MyInt(5) not in 0)
show(3123, lambda: MyInt(5) not in 2.5)
show(3124, lambda: MyInt(5) not in 'ab')
show(3125, lambda: MyInt(5) not in (1,))
show(3126, lambda: MyInt(5) not in 1j)
show(3127, lambda: MyInt(5) not in MyInt(5))
show(3128, lambda: MyInt(5) not in bytearray(b'q'))
show(3129, lambda: MyInt(5) @ -3)
show(3130, lambda: MyInt(5) @ True)
show(3131, lambda: MyInt(5) @ b'xy')
show(3132, lambda: MyInt(5) @ {3})
show(3133, lambda: MyInt(5) @ A())
show(3134, lambda: MyInt(5) @ MyList([1]))
show(3135, lambda: MyStr('q') + 1)
show(3136, lambda: MyStr('q') + -0.0)
show(3137, lambda: MyStr('q') + '')
show(3138, lambda: MyStr('q') + {1: 2})
show(3139, lambda: MyStr('q') + range(3))
show(3140, lambda: MyStr('q') + MyStr('q'))
show(3141, lambda: MyStr('q') - 0)
show(3142, lambda: MyStr('q') - 2.5)
show(3143, lambda: MyStr('q') - 'ab')
show(3144, lambda: MyStr('q') - (1,))
show(3145, lambda: MyStr('q') - 1j)
show(3146, lambda: MyStr('q') - MyInt(5))
show(3147, lambda: MyStr('q') - bytearray(b'q'))
show(3148, lambda: MyStr('q') * 2**70)
show(3149, lambda: MyStr('q') * None)
show(3150, lambda: MyStr('q') * [1, 2])
show(3151, lambda: MyStr('q') * frozenset({3}))
show(3152, lambda: MyStr('q') * B())
show(3153, lambda: MyStr('q') * NI())
show(3154, lambda: MyStr('q') / -3)
show(3155, lambda: MyStr('q') / True)
show(3156, lambda: MyStr('q') / b'xy')
show(3157, lambda: MyStr('q') / {3})
show(3158, lambda: MyStr('q') / A())
show(3159, lambda: MyStr('q') / MyList([1]))
show(3160, lambda: MyStr('q') // 1)
show(3161, lambda: MyStr('q') // -0.0)
show(3162, lambda: MyStr('q') // '')
show(3163, lambda: MyStr('q') // {1: 2})
show(3164, lambda: MyStr('q') // range(3))
show(3165, lambda: MyStr('q') // MyStr('q'))
show(3166, lambda: MyStr('q') % 0)
show(3167, lambda: MyStr('q') % 1)
show(3168, lambda: MyStr('q') % -3)
show(3169, lambda: MyStr('q') % 2**70)
show(3170, lambda: MyStr('q') % 2.5)
show(3171, lambda: MyStr('q') % -0.0)
show(3172, lambda: MyStr('q') % True)
show(3173, lambda: MyStr('q') % None)
show(3174, lambda: MyStr('q') % 'ab')
show(3175, lambda: MyStr('q') % '')
show(3176, lambda: MyStr('q') % b'xy')
show(3177, lambda: MyStr('q') % [1, 2])
show(3178, lambda: MyStr('q') % (1,))
show(3179, lambda: MyStr('q') % {1: 2})
show(3180, lambda: MyStr('q') % {3})
show(3181, lambda: MyStr('q') % frozenset({3}))
show(3182, lambda: MyStr('q') % 1j)
show(3183, lambda: MyStr('q') % range(3))
show(3184, lambda: MyStr('q') % A())
show(3185, lambda: MyStr('q') % B())
show(3186, lambda: MyStr('q') % MyInt(5))
show(3187, lambda: MyStr('q') % MyStr('q'))
show(3188, lambda: MyStr('q') % MyList([1]))
show(3189, lambda: MyStr('q') % NI())
show(3190, lambda: MyStr('q') % bytearray(b'q'))
show(3191, lambda: MyStr('q') ** 2.5)
show(3192, lambda: MyStr('q') ** 'ab')
show(3193, lambda: MyStr('q') ** (1,))
show(3194, lambda: MyStr('q') ** 1j)
show(3195, lambda: MyStr('q') ** MyStr('q'))
show(3196, lambda: MyStr('q') << 0)
show(3197, lambda: MyStr('q') << -0.0)
show(3198, lambda: MyStr('q') << '')
show(3199, lambda: MyStr('q') << {1: 2})
show(3200, lambda: MyStr('q') << range(3))
show(3201, lambda: MyStr('q') << MyList([1]))
show(3202, lambda: MyStr('q') >> 1)
show(3203, lambda: MyStr('q') >> -0.0)
show(3204, lambda: MyStr('q') >> '')
show(3205, lambda: MyStr('q') >> {1: 2})
show(3206, lambda: MyStr('q') >> range(3))
show(3207, lambda: MyStr('q') >> MyStr('q'))
show(3208, lambda: MyStr('q') & 0)
show(3209, lambda: MyStr('q') & 2.5)
show(3210, lambda: MyStr('q') & 'ab')
show(3211, lambda: MyStr('q') & (1,))
show(3212, lambda: MyStr('q') & 1j)
show(3213, lambda: MyStr('q') & MyInt(5))
show(3214, lambda: MyStr('q') & bytearray(b'q'))
show(3215, lambda: MyStr('q') | 2**70)
show(3216, lambda: MyStr('q') | None)
show(3217, lambda: MyStr('q') | [1, 2])
show(3218, lambda: MyStr('q') | frozenset({3}))
show(3219, lambda: MyStr('q') | B())
show(3220, lambda: MyStr('q') | NI())
show(3221, lambda: MyStr('q') ^ -3)
show(3222, lambda: MyStr('q') ^ True)
show(3223, lambda: MyStr('q') ^ b'xy')
show(3224, lambda: MyStr('q') ^ {3})
show(3225, lambda: MyStr('q') ^ A())
show(3226, lambda: MyStr('q') ^ MyList([1]))
show(3227, lambda: MyStr('q') < 1)
show(3228, lambda: MyStr('q') < -0.0)
show(3229, lambda: MyStr('q') < '')
show(3230, lambda: MyStr('q') < {1: 2})
show(3231, lambda: MyStr('q') < range(3))
show(3232, lambda: MyStr('q') < MyStr('q'))
show(3233, lambda: MyStr('q') <= 0)
show(3234, lambda: MyStr('q') <= 2.5)
show(3235, lambda: MyStr('q') <= 'ab')
show(3236, lambda: MyStr('q') <= (1,))
show(3237, lambda: MyStr('q') <= 1j)
show(3238, lambda: MyStr('q') <= MyInt(5))
show(3239, lambda: MyStr('q') <= bytearray(b'q'))
show(3240, lambda: MyStr('q') == 2**70)
show(3241, lambda: MyStr('q') == None)
show(3242, lambda: MyStr('q') == [1, 2])
show(3243, lambda: MyStr('q') == frozenset({3}))
show(3244, lambda: MyStr('q') == B())
show(3245, lambda: MyStr('q') == NI())
show(3246, lambda: MyStr('q') != -3)
show(3247, lambda: MyStr('q') != True)
show(3248, lambda: MyStr('q') != b'xy')
show(3249, lambda: MyStr('q') != {3})
show(3250, lambda: MyStr('q') != A())
show(3251, lambda: MyStr('q') != MyList([1]))
show(3252, lambda: MyStr('q') > 1)
show(3253, lambda: MyStr('q') > -0.0)
show(3254, lambda: MyStr('q') > '')
show(3255, lambda: MyStr('q') > {1: 2})
show(3256, lambda: MyStr('q') > range(3))
show(3257, lambda: MyStr('q') > MyStr('q'))
show(3258, lambda: MyStr('q') >= 0)
show(3259, lambda: MyStr('q') >= 2.5)
show(3260, lambda: MyStr('q') >= 'ab')
show(3261, lambda: MyStr('q') >= (1,))
show(3262, lambda: MyStr('q') >= 1j)
show(3263, lambda: MyStr('q') >= MyInt(5))
show(3264, lambda: MyStr('q') >= bytearray(b'q'))
show(3265, lambda: MyStr('q') in 2**70)
show(3266, lambda: MyStr('q') in None)
show(3267, lambda: MyStr('q') in [1, 2])
show(3268, lambda: MyStr('q') in frozenset({3}))
show(3269, lambda: MyStr('q') in B())
show(3270, lambda: MyStr('q') in NI())
show(3271, lambda: MyStr('q') not in -3)
show(3272, lambda: MyStr('q') not in True)
show(3273, lambda: MyStr('q') not in b'xy')
show(3274, lambda: MyStr('q') not in {3})
show(3275, lambda: MyStr('q') not in A())
show(3276, lambda: MyStr('q') not in MyList([1]))
show(3277, lambda: MyStr('q') @ 0)
show(3278, lambda: MyStr('q') @ 2.5)
show(3279, lambda: MyStr('q') @ 'ab')
show(3280, lambda: MyStr('q') @ (1,))
show(3281, lambda: MyStr('q') @ 1j)
show(3282, lambda: MyStr('q') @ MyInt(5))
show(3283, lambda: MyStr('q') @ bytearray(b'q'))
show(3284, lambda: MyList([1]) + 2**70)
show(3285, lambda: MyList([1]) + None)
show(3286, lambda: MyList([1]) + [1, 2])
show(3287, lambda: MyList([1]) + frozenset({3}))
show(3288, lambda: MyList([1]) + B())
show(3289, lambda: MyList([1]) + NI())
show(3290, lambda: MyList([1]) - -3)
show(3291, lambda: MyList([1]) - True)
show(3292, lambda: MyList([1]) - b'xy')
show(3293, lambda: MyList([1]) - {3})
show(3294, lambda: MyList([1]) - A())
show(3295, lambda: MyList([1]) - MyList([1]))
show(3296, lambda: MyList([1]) * 1)
show(3297, lambda: MyList([1]) * -0.0)
show(3298, lambda: MyList([1]) * '')
show(3299, lambda: MyList([1]) * {1: 2})
show(3300, lambda: MyList([1]) * range(3))
show(3301, lambda: MyList([1]) * MyStr('q'))
show(3302, lambda: MyList([1]) / 0)
show(3303, lambda: MyList([1]) / 2.5)
show(3304, lambda: MyList([1]) / 'ab')
show(3305, lambda: MyList([1]) / (1,))
show(3306, lambda: MyList([1]) / 1j)
show(3307, lambda: MyList([1]) / MyInt(5))
show(3308, lambda: MyList([1]) / bytearray(b'q'))
show(3309, lambda: MyList([1]) // 2**70)
show(3310, lambda: MyList([1]) // None)
show(3311, lambda: MyList([1]) // [1, 2])
show(3312, lambda: MyList([1]) // frozenset({3}))
show(3313, lambda: MyList([1]) // B())
show(3314, lambda: MyList([1]) // NI())
show(3315, lambda: MyList([1]) % 0)
show(3316, lambda: MyList([1]) % 1)
show(3317, lambda: MyList([1]) % -3)
show(3318, lambda: MyList([1]) % 2**70)
show(3319, lambda: MyList([1]) % 2.5)
show(3320, lambda: MyList([1]) % -0.0)
show(3321, lambda: MyList([1]) % True)
show(3322, lambda: MyList([1]) % None)
show(3323, lambda: MyList([1]) % 'ab')
show(3324, lambda: MyList([1]) % '')
show(3325, lambda: MyList([1]) % b'xy')
show(3326, lambda: MyList([1]) % [1, 2])
show(3327, lambda: MyList([1]) % (1,))
show(3328, lambda: MyList([1]) % {1: 2})
show(3329, lambda: MyList([1]) % {3})
show(3330, lambda: MyList([1]) % frozenset({3}))
show(3331, lambda: MyList([1]) % 1j)
show(3332, lambda: MyList([1]) % range(3))
show(3333, lambda: MyList([1]) % A())
show(3334, lambda: MyList([1]) % B())
show(3335, lambda: MyList([1]) % MyInt(5))
show(3336, lambda: MyList([1]) % MyStr('q'))
show(3337, lambda: MyList([1]) % MyList([1]))
show(3338, lambda: MyList([1]) % NI())
show(3339, lambda: MyList([1]) % bytearray(b'q'))
show(3340, lambda: MyList([1]) ** 1)
show(3341, lambda: MyList([1]) ** True)
show(3342, lambda: MyList([1]) ** b'xy')
show(3343, lambda: MyList([1]) ** {3})
show(3344, lambda: MyList([1]) ** A())
show(3345, lambda: MyList([1]) ** NI())
show(3346, lambda: MyList([1]) << -3)
show(3347, lambda: MyList([1]) << None)
show(3348, lambda: MyList([1]) << [1, 2])
show(3349, lambda: MyList([1]) << frozenset({3}))
show(3350, lambda: MyList([1]) << B())
show(3351, lambda: MyList([1]) << bytearray(b'q'))
show(3352, lambda: MyList([1]) >> 2**70)
show(3353, lambda: MyList([1]) >> None)
show(3354, lambda: MyList([1]) >> [1, 2])
show(3355, lambda: MyList([1]) >> frozenset({3}))
show(3356, lambda: MyList([1]) >> B())
show(3357, lambda: MyList([1]) >> NI())
show(3358, lambda: MyList([1]) & -3)
show(3359, lambda: MyList([1]) & True)
show(3360, lambda: MyList([1]) & b'xy')
show(3361, lambda: MyList([1]) & {3})
show(3362, lambda: MyList([1]) & A())
show(3363, lambda: MyList([1]) & MyList([1]))
show(3364, lambda: MyList([1]) | 1)
show(3365, lambda: MyList([1]) | -0.0)
show(3366, lambda: MyList([1]) | '')
show(3367, lambda: MyList([1]) | {1: 2})
show(3368, lambda: MyList([1]) | range(3))
show(3369, lambda: MyList([1]) | MyStr('q'))
show(3370, lambda: MyList([1]) ^ 0)
show(3371, lambda: MyList([1]) ^ 2.5)
show(3372, lambda: MyList([1]) ^ 'ab')
show(3373, lambda: MyList([1]) ^ (1,))
show(3374, lambda: MyList([1]) ^ 1j)
show(3375, lambda: MyList([1]) ^ MyInt(5))
show(3376, lambda: MyList([1]) ^ bytearray(b'q'))
show(3377, lambda: MyList([1]) < 2**70)
show(3378, lambda: MyList([1]) < None)
show(3379, lambda: MyList([1]) < [1, 2])
show(3380, lambda: MyList([1]) < frozenset({3}))
show(3381, lambda: MyList([1]) < B())
show(3382, lambda: MyList([1]) < NI())
show(3383, lambda: MyList([1]) <= -3)
show(3384, lambda: MyList([1]) <= True)
show(3385, lambda: MyList([1]) <= b'xy')
show(3386, lambda: MyList([1]) <= {3})
show(3387, lambda: MyList([1]) <= A())
show(3388, lambda: MyList([1]) <= MyList([1]))
show(3389, lambda: MyList([1]) == 1)
show(3390, lambda: MyList([1]) == -0.0)
show(3391, lambda: MyList([1]) == '')
show(3392, lambda: MyList([1]) == {1: 2})
show(3393, lambda: MyList([1]) == range(3))
show(3394, lambda: MyList([1]) == MyStr('q'))
show(3395, lambda: MyList([1]) != 0)
show(3396, lambda: MyList([1]) != 2.5)
show(3397, lambda: MyList([1]) != 'ab')
show(3398, lambda: MyList([1]) != (1,))
show(3399, lambda: MyList([1]) != 1j)
show(3400, lambda: MyList([1]) != MyInt(5))
show(3401, lambda: MyList([1]) != bytearray(b'q'))
show(3402, lambda: MyList([1]) > 2**70)
show(3403, lambda: MyList([1]) > None)
show(3404, lambda: MyList([1]) > [1, 2])
show(3405, lambda: MyList([1]) > frozenset({3}))
show(3406, lambda: MyList([1]) > B())
show(3407, lambda: MyList([1]) > NI())
show(3408, lambda: MyList([1]) >= -3)
show(3409, lambda: MyList([1]) >= True)
show(3410, lambda: MyList([1]) >= b'xy')
show(3411, lambda: MyList([1]) >= {3})
show(3412, lambda: MyList([1]) >= A())
show(3413, lambda: MyList([1]) >= MyList([1]))
show(3414, lambda: MyList([1]) in 1)
show(3415, lambda: MyList([1]) in -0.0)
show(3416, lambda: MyList([1]) in '')
show(3417, lambda: MyList([1]) in {1: 2})
show(3418, lambda: MyList([1]) in range(3))
show(3419, lambda: MyList([1]) in MyStr('q'))
show(3420, lambda: MyList([1]) not in 0)
show(3421, lambda: MyList([1]) not in 2.5)
show(3422, lambda: MyList([1]) not in 'ab')
show(3423, lambda: MyList([1]) not in (1,))
show(3424, lambda: MyList([1]) not in 1j)
show(3425, lambda: MyList([1]) not in MyInt(5))
show(3426, lambda: MyList([1]) not in bytearray(b'q'))
show(3427, lambda: MyList([1]) @ -3)
show(3428, lambda: MyList([1]) @ True)
show(3429, lambda: MyList([1]) @ b'xy')
show(3430, lambda: MyList([1]) @ {3})
show(3431, lambda: MyList([1]) @ A())
show(3432, lambda: MyList([1]) @ MyList([1]))
show(3433, lambda: NI() + 1)
show(3434, lambda: NI() + -0.0)
show(3435, lambda: NI() + '')
show(3436, lambda: NI() + {1: 2})
show(3437, lambda: NI() + range(3))
show(3438, lambda: NI() + MyStr('q'))
show(3439, lambda: NI() - 0)
show(3440, lambda: NI() - 2.5)
show(3441, lambda: NI() - 'ab')
show(3442, lambda: NI() - (1,))
show(3443, lambda: NI() - 1j)
show(3444, lambda: NI() - MyInt(5))
show(3445, lambda: NI() - bytearray(b'q'))
show(3446, lambda: NI() * 2**70)
show(3447, lambda: NI() * None)
show(3448, lambda: NI() * [1, 2])
show(3449, lambda: NI() * frozenset({3}))
show(3450, lambda: NI() * B())
show(3451, lambda: NI() * NI())
show(3452, lambda: NI() / -3)
show(3453, lambda: NI() / True)
show(3454, lambda: NI() / b'xy')
show(3455, lambda: NI() / {3})
show(3456, lambda: NI() / A())
show(3457, lambda: NI() / MyList([1]))
show(3458, lambda: NI() // 1)
show(3459, lambda: NI() // -0.0)
show(3460, lambda: NI() // '')
show(3461, lambda: NI() // {1: 2})
show(3462, lambda: NI() // range(3))
show(3463, lambda: NI() // MyStr('q'))
show(3464, lambda: NI() % 0)
show(3465, lambda: NI() % 1)
show(3466, lambda: NI() % -3)
show(3467, lambda: NI() % 2**70)
show(3468, lambda: NI() % 2.5)
show(3469, lambda: NI() % -0.0)
show(3470, lambda: NI() % True)
show(3471, lambda: NI() % None)
show(3472, lambda: NI() % 'ab')
show(3473, lambda: NI() % '')
show(3474, lambda: NI() % b'xy')
show(3475, lambda: NI() % [1, 2])
show(3476, lambda: NI() % (1,))
show(3477, lambda: NI() % {1: 2})
show(3478, lambda: NI() % {3})
show(3479, lambda: NI() % frozenset({3}))
show(3480, lambda: NI() % 1j)
show(3481, lambda: NI() % range(3))
show(3482, lambda: NI() % A())
show(3483, lambda: NI() % B())
show(3484, lambda: NI() % MyInt(5))
show(3485, lambda: NI() % MyStr('q'))
show(3486, lambda: NI() % MyList([1]))
show(3487, lambda: NI() % NI())
show(3488, lambda: NI() % bytearray(b'q'))
show(3489, lambda: NI() ** 2.5)
show(3490, lambda: NI() ** 'ab')
show(3491, lambda: NI() ** (1,))
show(3492, lambda: NI() ** 1j)
show(3493, lambda: NI() ** MyStr('q'))
show(3494, lambda: NI() << 0)
show(3495, lambda: NI() << -0.0)
show(3496, lambda: NI() << '')
show(3497, lambda: NI() << {1: 2})
show(3498, lambda: NI() << range(3))
show(3499, lambda: NI() << MyList([1]))
show(3500, lambda: NI() >> 1)
show(3501, lambda: NI() >> -0.0)
show(3502, lambda: NI() >> '')
show(3503, lambda: NI() >> {1: 2})
show(3504, lambda: NI() >> range(3))
show(3505, lambda: NI() >> MyStr('q'))
show(3506, lambda: NI() & 0)
show(3507, lambda: NI() & 2.5)
show(3508, lambda: NI() & 'ab')
show(3509, lambda: NI() & (1,))
show(3510, lambda: NI() & 1j)
show(3511, lambda: NI() & MyInt(5))
show(3512, lambda: NI() & bytearray(b'q'))
show(3513, lambda: NI() | 2**70)
show(3514, lambda: NI() | None)
show(3515, lambda: NI() | [1, 2])
show(3516, lambda: NI() | frozenset({3}))
show(3517, lambda: NI() | B())
show(3518, lambda: NI() | NI())
show(3519, lambda: NI() ^ -3)
show(3520, lambda: NI() ^ True)
show(3521, lambda: NI() ^ b'xy')
show(3522, lambda: NI() ^ {3})
show(3523, lambda: NI() ^ A())
show(3524, lambda: NI() ^ MyList([1]))
show(3525, lambda: NI() < 1)
show(3526, lambda: NI() < -0.0)
show(3527, lambda: NI() < '')
show(3528, lambda: NI() < {1: 2})
show(3529, lambda: NI() < range(3))
show(3530, lambda: NI() < MyStr('q'))
show(3531, lambda: NI() <= 0)
show(3532, lambda: NI() <= 2.5)
show(3533, lambda: NI() <= 'ab')
show(3534, lambda: NI() <= (1,))
show(3535, lambda: NI() <= 1j)
show(3536, lambda: NI() <= MyInt(5))
show(3537, lambda: NI() <= bytearray(b'q'))
show(3538, lambda: NI() == 2**70)
show(3539, lambda: NI() == None)
show(3540, lambda: NI() == [1, 2])
show(3541, lambda: NI() == frozenset({3}))
show(3542, lambda: NI() == B())
show(3543, lambda: NI() == NI())
show(3544, lambda: NI() != -3)
show(3545, lambda: NI() != True)
show(3546, lambda: NI() != b'xy')
show(3547, lambda: NI() != {3})
show(3548, lambda: NI() != A())
show(3549, lambda: NI() != MyList([1]))
show(3550, lambda: NI() > 1)
show(3551, lambda: NI() > -0.0)
show(3552, lambda: NI() > '')
show(3553, lambda: NI() > {1: 2})
show(3554, lambda: NI() > range(3))
show(3555, lambda: NI() > MyStr('q'))
show(3556, lambda: NI() >= 0)
show(3557, lambda: NI() >= 2.5)
show(3558, lambda: NI() >= 'ab')
show(3559, lambda: NI() >= (1,))
show(3560, lambda: NI() >= 1j)
show(3561, lambda: NI() >= MyInt(5))
show(3562, lambda: NI() >= bytearray(b'q'))
show(3563, lambda: NI() in 2**70)
show(3564, lambda: NI() in None)
show(3565, lambda: NI() in [1, 2])
show(3566, lambda: NI() in frozenset({3}))
show(3567, lambda: NI() in B())
show(3568, lambda: NI() in NI())
show(3569, lambda: NI() not in -3)
show(3570, lambda: NI() not in True)
show(3571, lambda: NI() not in b'xy')
show(3572, lambda: NI() not in {3})
show(3573, lambda: NI() not in A())
show(3574, lambda: NI() not in MyList([1]))
show(3575, lambda: NI() @ 0)
show(3576, lambda: NI() @ 2.5)
show(3577, lambda: NI() @ 'ab')
show(3578, lambda: NI() @ (1,))
show(3579, lambda: NI() @ 1j)
show(3580, lambda: NI() @ MyInt(5))
show(3581, lambda: NI() @ bytearray(b'q'))
show(3582, lambda: bytearray(b'q') + 2**70)
show(3583, lambda: bytearray(b'q') + None)
show(3584, lambda: bytearray(b'q') + [1, 2])
show(3585, lambda: bytearray(b'q') + frozenset({3}))
show(3586, lambda: bytearray(b'q') + B())
show(3587, lambda: bytearray(b'q') + NI())
show(3588, lambda: bytearray(b'q') - -3)
show(3589, lambda: bytearray(b'q') - True)
show(3590, lambda: bytearray(b'q') - b'xy')
show(3591, lambda: bytearray(b'q') - {3})
show(3592, lambda: bytearray(b'q') - A())
show(3593, lambda: bytearray(b'q') - MyList([1]))
show(3594, lambda: bytearray(b'q') * 1)
show(3595, lambda: bytearray(b'q') * -0.0)
show(3596, lambda: bytearray(b'q') * '')
show(3597, lambda: bytearray(b'q') * {1: 2})
show(3598, lambda: bytearray(b'q') * range(3))
show(3599, lambda: bytearray(b'q') * MyStr('q'))
show(3600, lambda: bytearray(b'q') / 0)
show(3601, lambda: bytearray(b'q') / 2.5)
show(3602, lambda: bytearray(b'q') / 'ab')
show(3603, lambda: bytearray(b'q') / (1,))
show(3604, lambda: bytearray(b'q') / 1j)
show(3605, lambda: bytearray(b'q') / MyInt(5))
show(3606, lambda: bytearray(b'q') / bytearray(b'q'))
show(3607, lambda: bytearray(b'q') // 2**70)
show(3608, lambda: bytearray(b'q') // None)
show(3609, lambda: bytearray(b'q') // [1, 2])
show(3610, lambda: bytearray(b'q') // frozenset({3}))
show(3611, lambda: bytearray(b'q') // B())
show(3612, lambda: bytearray(b'q') // NI())
show(3613, lambda: bytearray(b'q') % 0)
show(3614, lambda: bytearray(b'q') % 1)
show(3615, lambda: bytearray(b'q') % -3)
show(3616, lambda: bytearray(b'q') % 2**70)
show(3617, lambda: bytearray(b'q') % 2.5)
show(3618, lambda: bytearray(b'q') % -0.0)
show(3619, lambda: bytearray(b'q') % True)
show(3620, lambda: bytearray(b'q') % None)
show(3621, lambda: bytearray(b'q') % 'ab')
show(3622, lambda: bytearray(b'q') % '')
show(3623, lambda: bytearray(b'q') % b'xy')
show(3624, lambda: bytearray(b'q') % [1, 2])
show(3625, lambda: bytearray(b'q') % (1,))
show(3626, lambda: bytearray(b'q') % {1: 2})
show(3627, lambda: bytearray(b'q') % {3})
show(3628, lambda: bytearray(b'q') % frozenset({3}))
show(3629, lambda: bytearray(b'q') % 1j)
show(3630, lambda: bytearray(b'q') % range(3))
show(3631, lambda: bytearray(b'q') % A())
show(3632, lambda: bytearray(b'q') % B())
show(3633, lambda: bytearray(b'q') % MyInt(5))
show(3634, lambda: bytearray(b'q') % MyStr('q'))
show(3635, lambda: bytearray(b'q') % MyList([1]))
show(3636, lambda: bytearray(b'q') % NI())
show(3637, lambda: bytearray(b'q') % bytearray(b'q'))
show(3638, lambda: bytearray(b'q') ** 1)
show(3639, lambda: bytearray(b'q') ** True)
show(3640, lambda: bytearray(b'q') ** b'xy')
show(3641, lambda: bytearray(b'q') ** {3})
show(3642, lambda: bytearray(b'q') ** A())
show(3643, lambda: bytearray(b'q') ** NI())
show(3644, lambda: bytearray(b'q') << -3)
show(3645, lambda: bytearray(b'q') << None)
show(3646, lambda: bytearray(b'q') << [1, 2])
show(3647, lambda: bytearray(b'q') << frozenset({3}))
show(3648, lambda: bytearray(b'q') << B())
show(3649, lambda: bytearray(b'q') << bytearray(b'q'))
show(3650, lambda: bytearray(b'q') >> 2**70)
show(3651, lambda: bytearray(b'q') >> None)
show(3652, lambda: bytearray(b'q') >> [1, 2])
show(3653, lambda: bytearray(b'q') >> frozenset({3}))
show(3654, lambda: bytearray(b'q') >> B())
show(3655, lambda: bytearray(b'q') >> NI())
show(3656, lambda: bytearray(b'q') & -3)
show(3657, lambda: bytearray(b'q') & True)
show(3658, lambda: bytearray(b'q') & b'xy')
show(3659, lambda: bytearray(b'q') & {3})
show(3660, lambda: bytearray(b'q') & A())
show(3661, lambda: bytearray(b'q') & MyList([1]))
show(3662, lambda: bytearray(b'q') | 1)
show(3663, lambda: bytearray(b'q') | -0.0)
show(3664, lambda: bytearray(b'q') | '')
show(3665, lambda: bytearray(b'q') | {1: 2})
show(3666, lambda: bytearray(b'q') | range(3))
show(3667, lambda: bytearray(b'q') | MyStr('q'))
show(3668, lambda: bytearray(b'q') ^ 0)
show(3669, lambda: bytearray(b'q') ^ 2.5)
show(3670, lambda: bytearray(b'q') ^ 'ab')
show(3671, lambda: bytearray(b'q') ^ (1,))
show(3672, lambda: bytearray(b'q') ^ 1j)
show(3673, lambda: bytearray(b'q') ^ MyInt(5))
show(3674, lambda: bytearray(b'q') ^ bytearray(b'q'))
show(3675, lambda: bytearray(b'q') < 2**70)
show(3676, lambda: bytearray(b'q') < None)
show(3677, lambda: bytearray(b'q') < [1, 2])
show(3678, lambda: bytearray(b'q') < frozenset({3}))
show(3679, lambda: bytearray(b'q') < B())
show(3680, lambda: bytearray(b'q') < NI())
show(3681, lambda: bytearray(b'q') <= -3)
show(3682, lambda: bytearray(b'q') <= True)
show(3683, lambda: bytearray(b'q') <= b'xy')
show(3684, lambda: bytearray(b'q') <= {3})
show(3685, lambda: bytearray(b'q') <= A())
show(3686, lambda: bytearray(b'q') <= MyList([1]))
show(3687, lambda: bytearray(b'q') == 1)
show(3688, lambda: bytearray(b'q') == -0.0)
show(3689, lambda: bytearray(b'q') == '')
show(3690, lambda: bytearray(b'q') == {1: 2})
show(3691, lambda: bytearray(b'q') == range(3))
show(3692, lambda: bytearray(b'q') == MyStr('q'))
show(3693, lambda: bytearray(b'q') != 0)
show(3694, lambda: bytearray(b'q') != 2.5)
show(3695, lambda: bytearray(b'q') != 'ab')
show(3696, lambda: bytearray(b'q') != (1,))
show(3697, lambda: bytearray(b'q') != 1j)
show(3698, lambda: bytearray(b'q') != MyInt(5))
show(3699, lambda: bytearray(b'q') != bytearray(b'q'))
show(3700, lambda: bytearray(b'q') > 2**70)
show(3701, lambda: bytearray(b'q') > None)
show(3702, lambda: bytearray(b'q') > [1, 2])
show(3703, lambda: bytearray(b'q') > frozenset({3}))
show(3704, lambda: bytearray(b'q') > B())
show(3705, lambda: bytearray(b'q') > NI())
show(3706, lambda: bytearray(b'q') >= -3)
show(3707, lambda: bytearray(b'q') >= True)
show(3708, lambda: bytearray(b'q') >= b'xy')
show(3709, lambda: bytearray(b'q') >= {3})
show(3710, lambda: bytearray(b'q') >= A())
show(3711, lambda: bytearray(b'q') >= MyList([1]))
show(3712, lambda: bytearray(b'q') in 1)
show(3713, lambda: bytearray(b'q') in -0.0)
show(3714, lambda: bytearray(b'q') in '')
show(3715, lambda: bytearray(b'q') in {1: 2})
show(3716, lambda: bytearray(b'q') in range(3))
show(3717, lambda: bytearray(b'q') in MyStr('q'))
show(3718, lambda: bytearray(b'q') not in 0)
show(3719, lambda: bytearray(b'q') not in 2.5)
show(3720, lambda: bytearray(b'q') not in 'ab')
show(3721, lambda: bytearray(b'q') not in (1,))
show(3722, lambda: bytearray(b'q') not in 1j)
show(3723, lambda: bytearray(b'q') not in MyInt(5))
show(3724, lambda: bytearray(b'q') not in bytearray(b'q'))
show(3725, lambda: bytearray(b'q') @ -3)
show(3726, lambda: bytearray(b'q') @ True)
show(3727, lambda: bytearray(b'q') @ b'xy')
show(3728, lambda: bytearray(b'q') @ {3})
show(3729, lambda: bytearray(b'q') @ A())
show(3730, lambda: bytearray(b'q') @ MyList([1]))
show(3731, lambda: +0)
show(3732, lambda: bool(0))
show(3733, lambda: -1)
show(3734, lambda: abs(1))
show(3735, lambda: type(iter(1)).__name__)
show(3736, lambda: not -3)
show(3737, lambda: hash(-3) == hash(-3))
show(3738, lambda: ~2**70)
show(3739, lambda: len(2**70))
show(3740, lambda: +2.5)
show(3741, lambda: bool(2.5))
show(3742, lambda: --0.0)
show(3743, lambda: abs(-0.0))
show(3744, lambda: type(iter(-0.0)).__name__)
show(3745, lambda: not True)
show(3746, lambda: hash(True) == hash(True))
show(3747, lambda: ~None)
show(3748, lambda: len(None))
show(3749, lambda: +'ab')
show(3750, lambda: bool('ab'))
show(3751, lambda: -'')
show(3752, lambda: abs(''))
show(3753, lambda: type(iter('')).__name__)
show(3754, lambda: not b'xy')
show(3755, lambda: hash(b'xy') == hash(b'xy'))
show(3756, lambda: ~[1, 2])
show(3757, lambda: len([1, 2]))
show(3758, lambda: +(1,))
show(3759, lambda: bool((1,)))
show(3760, lambda: -{1: 2})
show(3761, lambda: abs({1: 2}))
show(3762, lambda: type(iter({1: 2})).__name__)
show(3763, lambda: not {3})
show(3764, lambda: hash({3}) == hash({3}))
show(3765, lambda: ~frozenset({3}))
show(3766, lambda: len(frozenset({3})))
show(3767, lambda: +1j)
show(3768, lambda: bool(1j))
show(3769, lambda: -range(3))
show(3770, lambda: abs(range(3)))
show(3771, lambda: type(iter(range(3))).__name__)
show(3772, lambda: not A())
show(3773, lambda: hash(A()) == hash(A()))
show(3774, lambda: ~B())
show(3775, lambda: len(B()))
show(3776, lambda: +MyInt(5))
show(3777, lambda: bool(MyInt(5)))
show(3778, lambda: -MyStr('q'))
show(3779, lambda: abs(MyStr('q')))
show(3780, lambda: type(iter(MyStr('q'))).__name__)
show(3781, lambda: not MyList([1]))
show(3782, lambda: hash(MyList([1])) == hash(MyList([1])))
show(3783, lambda: ~NI())
show(3784, lambda: len(NI()))
show(3785, lambda: +bytearray(b'q'))
show(3786, lambda: bool(bytearray(b'q')))
def _t3787():
    x = 0
    x += 1
    return x
show(3787, _t3787)
def _t3788():
    x = 0
    x += 'x'
    return x
show(3788, _t3788)
def _t3789():
    x = 0
    x += [3]
    return x
show(3789, _t3789)
def _t3790():
    x = 0
    x += (4,)
    return x
show(3790, _t3790)
def _t3791():
    x = 0
    x += {5}
    return x
show(3791, _t3791)
def _t3792():
    x = 0
    x += A()
    return x
show(3792, _t3792)
def _t3793():
    x = 0
    x += 2.0
    return x
show(3793, _t3793)
def _t3794():
    x = 0
    x += None
    return x
show(3794, _t3794)
def _t3795():
    x = 0
    x *= 1
    return x
show(3795, _t3795)
def _t3796():
    x = 0
    x *= 'x'
    return x
show(3796, _t3796)
def _t3797():
    x = 0
    x *= [3]
    return x
show(3797, _t3797)
def _t3798():
    x = 0
    x *= (4,)
    return x
show(3798, _t3798)
def _t3799():
    x = 0
    x *= {5}
    return x
show(3799, _t3799)
def _t3800():
    x = 0
    x *= A()
    return x
show(3800, _t3800)
def _t3801():
    x = 0
    x *= 2.0
    return x
show(3801, _t3801)
def _t3802():
    x = 0
    x *= None
    return x
show(3802, _t3802)
def _t3803():
    x = 0
    x |= 1
    return x
show(3803, _t3803)
def _t3804():
    x = 0
    x |= 'x'
    return x
show(3804, _t3804)
def _t3805():
    x = 0
    x |= [3]
    return x
show(3805, _t3805)
def _t3806():
    x = 0
    x |= (4,)
    return x
show(3806, _t3806)
def _t3807():
    x = 0
    x |= {5}
    return x
show(3807, _t3807)
def _t3808():
    x = 0
    x |= A()
    return x
show(3808, _t3808)
def _t3809():
    x = 0
    x |= 2.0
    return x
show(3809, _t3809)
def _t3810():
    x = 0
    x |= None
    return x
show(3810, _t3810)
def _t3811():
    x = 0
    x -= 1
    return x
show(3811, _t3811)
def _t3812():
    x = 0
    x -= 'x'
    return x
show(3812, _t3812)
def _t3813():
    x = 0
    x -= [3]
    return x
show(3813, _t3813)
def _t3814():
    x = 0
    x -= (4,)
    return x
show(3814, _t3814)
def _t3815():
    x = 0
    x -= {5}
    return x
show(3815, _t3815)
def _t3816():
    x = 0
    x -= A()
    return x
show(3816, _t3816)
def _t3817():
    x = 0
    x -= 2.0
    return x
show(3817, _t3817)
def _t3818():
    x = 0
    x -= None
    return x
show(3818, _t3818)
def _t3819():
    x = 0
    x %= 1
    return x
show(3819, _t3819)
def _t3820():
    x = 0
    x %= 'x'
    return x
show(3820, _t3820)
def _t3821():
    x = 0
    x %= [3]
    return x
show(3821, _t3821)
def _t3822():
    x = 0
    x %= (4,)
    return x
show(3822, _t3822)
def _t3823():
    x = 0
    x %= {5}
    return x
show(3823, _t3823)
def _t3824():
    x = 0
    x %= A()
    return x
show(3824, _t3824)
def _t3825():
    x = 0
    x %= 2.0
    return x
show(3825, _t3825)
def _t3826():
    x = 0
    x %= None
    return x
show(3826, _t3826)
def _t3827():
    x = 0
    x <<= 1
    return x
show(3827, _t3827)
def _t3828():
    x = 0
    x <<= 'x'
    return x
show(3828, _t3828)
def _t3829():
    x = 0
    x <<= [3]
    return x
show(3829, _t3829)
def _t3830():
    x = 0
    x <<= (4,)
    return x
show(3830, _t3830)
def _t3831():
    x = 0
    x <<= {5}
    return x
show(3831, _t3831)
def _t3832():
    x = 0
    x <<= A()
    return x
show(3832, _t3832)
def _t3833():
    x = 0
    x <<= 2.0
    return x
show(3833, _t3833)
def _t3834():
    x = 0
    x <<= None
    return x
show(3834, _t3834)
def _t3835():
    x = 1
    x += 1
    return x
show(3835, _t3835)
def _t3836():
    x = 1
    x += 'x'
    return x
show(3836, _t3836)
def _t3837():
    x = 1
    x += [3]
    return x
show(3837, _t3837)
def _t3838():
    x = 1
    x += (4,)
    return x
show(3838, _t3838)
def _t3839():
    x = 1
    x += {5}
    return x
show(3839, _t3839)
def _t3840():
    x = 1
    x += A()
    return x
show(3840, _t3840)
def _t3841():
    x = 1
    x += 2.0
    return x
show(3841, _t3841)
def _t3842():
    x = 1
    x += None
    return x
show(3842, _t3842)
def _t3843():
    x = 1
    x *= 1
    return x
show(3843, _t3843)
def _t3844():
    x = 1
    x *= 'x'
    return x
show(3844, _t3844)
def _t3845():
    x = 1
    x *= [3]
    return x
show(3845, _t3845)
def _t3846():
    x = 1
    x *= (4,)
    return x
show(3846, _t3846)
def _t3847():
    x = 1
    x *= {5}
    return x
show(3847, _t3847)
def _t3848():
    x = 1
    x *= A()
    return x
show(3848, _t3848)
def _t3849():
    x = 1
    x *= 2.0
    return x
show(3849, _t3849)
def _t3850():
    x = 1
    x *= None
    return x
show(3850, _t3850)
def _t3851():
    x = 1
    x |= 1
    return x
show(3851, _t3851)
def _t3852():
    x = 1
    x |= 'x'
    return x
show(3852, _t3852)
def _t3853():
    x = 1
    x |= [3]
    return x
show(3853, _t3853)
def _t3854():
    x = 1
    x |= (4,)
    return x
show(3854, _t3854)
def _t3855():
    x = 1
    x |= {5}
    return x
show(3855, _t3855)
def _t3856():
    x = 1
    x |= A()
    return x
show(3856, _t3856)
def _t3857():
    x = 1
    x |= 2.0
    return x
show(3857, _t3857)
def _t3858():
    x = 1
    x |= None
    return x
show(3858, _t3858)
def _t3859():
    x = 1
    x -= 1
    return x
show(3859, _t3859)
def _t3860():
    x = 1
    x -= 'x'
    return x
show(3860, _t3860)
def _t3861():
    x = 1
    x -= [3]
    return x
show(3861, _t3861)
def _t3862():
    x = 1
    x -= (4,)
    return x
show(3862, _t3862)
def _t3863():
    x = 1
    x -= {5}
    return x
show(3863, _t3863)
def _t3864():
    x = 1
    x -= A()
    return x
show(3864, _t3864)
def _t3865():
    x = 1
    x -= 2.0
    return x
show(3865, _t3865)
def _t3866():
    x = 1
    x -= None
    return x
show(3866, _t3866)
def _t3867():
    x = 1
    x %= 1
    return x
show(3867, _t3867)
def _t3868():
    x = 1
    x %= 'x'
    return x
show(3868, _t3868)
def _t3869():
    x = 1
    x %= [3]
    return x
show(3869, _t3869)
def _t3870():
    x = 1
    x %= (4,)
    return x
show(3870, _t3870)
def _t3871():
    x = 1
    x %= {5}
    return x
show(3871, _t3871)
def _t3872():
    x = 1
    x %= A()
    return x
show(3872, _t3872)
def _t3873():
    x = 1
    x %= 2.0
    return x
show(3873, _t3873)
def _t3874():
    x = 1
    x %= None
    return x
show(3874, _t3874)
def _t3875():
    x = 1
    x <<= 1
    return x
show(3875, _t3875)
def _t3876():
    x = 1
    x <<= 'x'
    return x
show(3876, _t3876)
def _t3877():
    x = 1
    x <<= [3]
    return x
show(3877, _t3877)
def _t3878():
    x = 1
    x <<= (4,)
    return x
show(3878, _t3878)
def _t3879():
    x = 1
    x <<= {5}
    return x
show(3879, _t3879)
def _t3880():
    x = 1
    x <<= A()
    return x
show(3880, _t3880)
def _t3881():
    x = 1
    x <<= 2.0
    return x
show(3881, _t3881)
def _t3882():
    x = 1
    x <<= None
    return x
show(3882, _t3882)
def _t3883():
    x = -3
    x += 1
    return x
show(3883, _t3883)
def _t3884():
    x = -3
    x += 'x'
    return x
show(3884, _t3884)
def _t3885():
    x = -3
    x += [3]
    return x
show(3885, _t3885)
def _t3886():
    x = -3
    x += (4,)
    return x
show(3886, _t3886)
def _t3887():
    x = -3
    x += {5}
    return x
show(3887, _t3887)
def _t3888():
    x = -3
    x += A()
    return x
show(3888, _t3888)
def _t3889():
    x = -3
    x += 2.0
    return x
show(3889, _t3889)
def _t3890():
    x = -3
    x += None
    return x
show(3890, _t3890)
def _t3891():
    x = -3
    x *= 1
    return x
show(3891, _t3891)
def _t3892():
    x = -3
    x *= 'x'
    return x
show(3892, _t3892)
def _t3893():
    x = -3
    x *= [3]
    return x
show(3893, _t3893)
def _t3894():
    x = -3
    x *= (4,)
    return x
show(3894, _t3894)
def _t3895():
    x = -3
    x *= {5}
    return x
show(3895, _t3895)
def _t3896():
    x = -3
    x *= A()
    return x
show(3896, _t3896)
def _t3897():
    x = -3
    x *= 2.0
    return x
show(3897, _t3897)
def _t3898():
    x = -3
    x *= None
    return x
show(3898, _t3898)
def _t3899():
    x = -3
    x |= 1
    return x
show(3899, _t3899)
def _t3900():
    x = -3
    x |= 'x'
    return x
show(3900, _t3900)
def _t3901():
    x = -3
    x |= [3]
    return x
show(3901, _t3901)
def _t3902():
    x = -3
    x |= (4,)
    return x
show(3902, _t3902)
def _t3903():
    x = -3
    x |= {5}
    return x
show(3903, _t3903)
def _t3904():
    x = -3
    x |= A()
    return x
show(3904, _t3904)
def _t3905():
    x = -3
    x |= 2.0
    return x
show(3905, _t3905)
def _t3906():
    x = -3
    x |= None
    return x
show(3906, _t3906)
def _t3907():
    x = -3
    x -= 1
    return x
show(3907, _t3907)
def _t3908():
    x = -3
    x -= 'x'
    return x
show(3908, _t3908)
def _t3909():
    x = -3
    x -= [3]
    return x
show(3909, _t3909)
def _t3910():
    x = -3
    x -= (4,)
    return x
show(3910, _t3910)
def _t3911():
    x = -3
    x -= {5}
    return x
show(3911, _t3911)
def _t3912():
    x = -3
    x -= A()
    return x
show(3912, _t3912)
def _t3913():
    x = -3
    x -= 2.0
    return x
show(3913, _t3913)
def _t3914():
    x = -3
    x -= None
    return x
show(3914, _t3914)
def _t3915():
    x = -3
    x %= 1
    return x
show(3915, _t3915)
def _t3916():
    x = -3
    x %= 'x'
    return x
show(3916, _t3916)
def _t3917():
    x = -3
    x %= [3]
    return x
show(3917, _t3917)
def _t3918():
    x = -3
    x %= (4,)
    return x
show(3918, _t3918)
def _t3919():
    x = -3
    x %= {5}
    return x
show(3919, _t3919)
def _t3920():
    x = -3
    x %= A()
    return x
show(3920, _t3920)
def _t3921():
    x = -3
    x %= 2.0
    return x
show(3921, _t3921)
def _t3922():
    x = -3
    x %= None
    return x
show(3922, _t3922)
def _t3923():
    x = -3
    x <<= 1
    return x
show(3923, _t3923)
def _t3924():
    x = -3
    x <<= 'x'
    return x
show(3924, _t3924)
def _t3925():
    x = -3
    x <<= [3]
    return x
show(3925, _t3925)
def _t3926():
    x = -3
    x <<= (4,)
    return x
show(3926, _t3926)
def _t3927():
    x = -3
    x <<= {5}
    return x
show(3927, _t3927)
def _t3928():
    x = -3
    x <<= A()
    return x
show(3928, _t3928)
def _t3929():
    x = -3
    x <<= 2.0
    return x
show(3929, _t3929)
def _t3930():
    x = -3
    x <<= None
    return x
show(3930, _t3930)
def _t3931():
    x = 2**70
    x += 1
    return x
show(3931, _t3931)
def _t3932():
    x = 2**70
    x += 'x'
    return x
show(3932, _t3932)
def _t3933():
    x = 2**70
    x += [3]
    return x
show(3933, _t3933)
def _t3934():
    x = 2**70
    x += (4,)
    return x
show(3934, _t3934)
def _t3935():
    x = 2**70
    x += {5}
    return x
show(3935, _t3935)
def _t3936():
    x = 2**70
    x += A()
    return x
show(3936, _t3936)
def _t3937():
    x = 2**70
    x += 2.0
    return x
show(3937, _t3937)
def _t3938():
    x = 2**70
    x += None
    return x
show(3938, _t3938)
def _t3939():
    x = 2**70
    x *= 1
    return x
show(3939, _t3939)
def _t3940():
    x = 2**70
    x *= 'x'
    return x
show(3940, _t3940)
def _t3941():
    x = 2**70
    x *= [3]
    return x
show(3941, _t3941)
def _t3942():
    x = 2**70
    x *= (4,)
    return x
show(3942, _t3942)
def _t3943():
    x = 2**70
    x *= {5}
    return x
show(3943, _t3943)
def _t3944():
    x = 2**70
    x *= A()
    return x
show(3944, _t3944)
def _t3945():
    x = 2**70
    x *= 2.0
    return x
show(3945, _t3945)
def _t3946():
    x = 2**70
    x *= None
    return x
show(3946, _t3946)
def _t3947():
    x = 2**70
    x |= 1
    return x
show(3947, _t3947)
def _t3948():
    x = 2**70
    x |= 'x'
    return x
show(3948, _t3948)
def _t3949():
    x = 2**70
    x |= [3]
    return x
show(3949, _t3949)
def _t3950():
    x = 2**70
    x |= (4,)
    return x
show(3950, _t3950)
def _t3951():
    x = 2**70
    x |= {5}
    return x
show(3951, _t3951)
def _t3952():
    x = 2**70
    x |= A()
    return x
show(3952, _t3952)
def _t3953():
    x = 2**70
    x |= 2.0
    return x
show(3953, _t3953)
def _t3954():
    x = 2**70
    x |= None
    return x
show(3954, _t3954)
def _t3955():
    x = 2**70
    x -= 1
    return x
show(3955, _t3955)
def _t3956():
    x = 2**70
    x -= 'x'
    return x
show(3956, _t3956)
def _t3957():
    x = 2**70
    x -= [3]
    return x
show(3957, _t3957)
def _t3958():
    x = 2**70
    x -= (4,)
    return x
show(3958, _t3958)
def _t3959():
    x = 2**70
    x -= {5}
    return x
show(3959, _t3959)
def _t3960():
    x = 2**70
    x -= A()
    return x
show(3960, _t3960)
def _t3961():
    x = 2**70
    x -= 2.0
    return x
show(3961, _t3961)
def _t3962():
    x = 2**70
    x -= None
    return x
show(3962, _t3962)
def _t3963():
    x = 2**70
    x %= 1
    return x
show(3963, _t3963)
def _t3964():
    x = 2**70
    x %= 'x'
    return x
show(3964, _t3964)
def _t3965():
    x = 2**70
    x %= [3]
    return x
show(3965, _t3965)
def _t3966():
    x = 2**70
    x %= (4,)
    return x
show(3966, _t3966)
def _t3967():
    x = 2**70
    x %= {5}
    return x
show(3967, _t3967)
def _t3968():
    x = 2**70
    x %= A()
    return x
show(3968, _t3968)
def _t3969():
    x = 2**70
    x %= 2.0
    return x
show(3969, _t3969)
def _t3970():
    x = 2**70
    x %= None
    return x
show(3970, _t3970)
def _t3971():
    x = 2**70
    x <<= 1
    return x
show(3971, _t3971)
def _t3972():
    x = 2**70
    x <<= 'x'
    return x
show(3972, _t3972)
def _t3973():
    x = 2**70
    x <<= [3]
    return x
show(3973, _t3973)
def _t3974():
    x = 2**70
    x <<= (4,)
    return x
show(3974, _t3974)
def _t3975():
    x = 2**70
    x <<= {5}
    return x
show(3975, _t3975)
def _t3976():
    x = 2**70
    x <<= A()
    return x
show(3976, _t3976)
def _t3977():
    x = 2**70
    x <<= 2.0
    return x
show(3977, _t3977)
def _t3978():
    x = 2**70
    x <<= None
    return x
show(3978, _t3978)
def _t3979():
    x = 2.5
    x += 1
    return x
show(3979, _t3979)
def _t3980():
    x = 2.5
    x += 'x'
    return x
show(3980, _t3980)
def _t3981():
    x = 2.5
    x += [3]
    return x
show(3981, _t3981)
def _t3982():
    x = 2.5
    x += (4,)
    return x
show(3982, _t3982)
def _t3983():
    x = 2.5
    x += {5}
    return x
show(3983, _t3983)
def _t3984():
    x = 2.5
    x += A()
    return x
show(3984, _t3984)
def _t3985():
    x = 2.5
    x += 2.0
    return x
show(3985, _t3985)
def _t3986():
    x = 2.5
    x += None
    return x
show(3986, _t3986)
def _t3987():
    x = 2.5
    x *= 1
    return x
show(3987, _t3987)
def _t3988():
    x = 2.5
    x *= 'x'
    return x
show(3988, _t3988)
def _t3989():
    x = 2.5
    x *= [3]
    return x
show(3989, _t3989)
def _t3990():
    x = 2.5
    x *= (4,)
    return x
show(3990, _t3990)
def _t3991():
    x = 2.5
    x *= {5}
    return x
show(3991, _t3991)
def _t3992():
    x = 2.5
    x *= A()
    return x
show(3992, _t3992)
def _t3993():
    x = 2.5
    x *= 2.0
    return x
show(3993, _t3993)
def _t3994():
    x = 2.5
    x *= None
    return x
show(3994, _t3994)
def _t3995():
    x = 2.5
    x |= 1
    return x
show(3995, _t3995)
def _t3996():
    x = 2.5
    x |= 'x'
    return x
show(3996, _t3996)
def _t3997():
    x = 2.5
    x |= [3]
    return x
show(3997, _t3997)
def _t3998():
    x = 2.5
    x |= (4,)
    return x
show(3998, _t3998)
def _t3999():
    x = 2.5
    x |= {5}
    return x
show(3999, _t3999)
def _t4000():
    x = 2.5
    x |= A()
    return x
show(4000, _t4000)
def _t4001():
    x = 2.5
    x |= 2.0
    return x
show(4001, _t4001)
def _t4002():
    x = 2.5
    x |= None
    return x
show(4002, _t4002)
def _t4003():
    x = 2.5
    x -= 1
    return x
show(4003, _t4003)
def _t4004():
    x = 2.5
    x -= 'x'
    return x
show(4004, _t4004)
def _t4005():
    x = 2.5
    x -= [3]
    return x
show(4005, _t4005)
def _t4006():
    x = 2.5
    x -= (4,)
    return x
show(4006, _t4006)
def _t4007():
    x = 2.5
    x -= {5}
    return x
show(4007, _t4007)
def _t4008():
    x = 2.5
    x -= A()
    return x
show(4008, _t4008)
def _t4009():
    x = 2.5
    x -= 2.0
    return x
show(4009, _t4009)
def _t4010():
    x = 2.5
    x -= None
    return x
show(4010, _t4010)
def _t4011():
    x = 2.5
    x %= 1
    return x
show(4011, _t4011)
def _t4012():
    x = 2.5
    x %= 'x'
    return x
show(4012, _t4012)
def _t4013():
    x = 2.5
    x %= [3]
    return x
show(4013, _t4013)
def _t4014():
    x = 2.5
    x %= (4,)
    return x
show(4014, _t4014)
def _t4015():
    x = 2.5
    x %= {5}
    return x
show(4015, _t4015)
def _t4016():
    x = 2.5
    x %= A()
    return x
show(4016, _t4016)
def _t4017():
    x = 2.5
    x %= 2.0
    return x
show(4017, _t4017)
def _t4018():
    x = 2.5
    x %= None
    return x
show(4018, _t4018)
def _t4019():
    x = 2.5
    x <<= 1
    return x
show(4019, _t4019)
def _t4020():
    x = 2.5
    x <<= 'x'
    return x
show(4020, _t4020)
def _t4021():
    x = 2.5
    x <<= [3]
    return x
show(4021, _t4021)
def _t4022():
    x = 2.5
    x <<= (4,)
    return x
show(4022, _t4022)
def _t4023():
    x = 2.5
    x <<= {5}
    return x
show(4023, _t4023)
def _t4024():
    x = 2.5
    x <<= A()
    return x
show(4024, _t4024)
def _t4025():
    x = 2.5
    x <<= 2.0
    return x
show(4025, _t4025)
def _t4026():
    x = 2.5
    x <<= None
    return x
show(4026, _t4026)
def _t4027():
    x = -0.0
    x += 1
    return x
show(4027, _t4027)
def _t4028():
    x = -0.0
    x += 'x'
    return x
show(4028, _t4028)
def _t4029():
    x = -0.0
    x += [3]
    return x
show(4029, _t4029)
def _t4030():
    x = -0.0
    x += (4,)
    return x
show(4030, _t4030)
def _t4031():
    x = -0.0
    x += {5}
    return x
show(4031, _t4031)
def _t4032():
    x = -0.0
    x += A()
    return x
show(4032, _t4032)
def _t4033():
    x = -0.0
    x += 2.0
    return x
show(4033, _t4033)
def _t4034():
    x = -0.0
    x += None
    return x
show(4034, _t4034)
def _t4035():
    x = -0.0
    x *= 1
    return x
show(4035, _t4035)
def _t4036():
    x = -0.0
    x *= 'x'
    return x
show(4036, _t4036)
def _t4037():
    x = -0.0
    x *= [3]
    return x
show(4037, _t4037)
def _t4038():
    x = -0.0
    x *= (4,)
    return x
show(4038, _t4038)
def _t4039():
    x = -0.0
    x *= {5}
    return x
show(4039, _t4039)
def _t4040():
    x = -0.0
    x *= A()
    return x
show(4040, _t4040)
def _t4041():
    x = -0.0
    x *= 2.0
    return x
show(4041, _t4041)
def _t4042():
    x = -0.0
    x *= None
    return x
show(4042, _t4042)
def _t4043():
    x = -0.0
    x |= 1
    return x
show(4043, _t4043)
def _t4044():
    x = -0.0
    x |= 'x'
    return x
show(4044, _t4044)
def _t4045():
    x = -0.0
    x |= [3]
    return x
show(4045, _t4045)
def _t4046():
    x = -0.0
    x |= (4,)
    return x
show(4046, _t4046)
def _t4047():
    x = -0.0
    x |= {5}
    return x
show(4047, _t4047)
def _t4048():
    x = -0.0
    x |= A()
    return x
show(4048, _t4048)
def _t4049():
    x = -0.0
    x |= 2.0
    return x
show(4049, _t4049)
def _t4050():
    x = -0.0
    x |= None
    return x
show(4050, _t4050)
def _t4051():
    x = -0.0
    x -= 1
    return x
show(4051, _t4051)
def _t4052():
    x = -0.0
    x -= 'x'
    return x
show(4052, _t4052)
def _t4053():
    x = -0.0
    x -= [3]
    return x
show(4053, _t4053)
def _t4054():
    x = -0.0
    x -= (4,)
    return x
show(4054, _t4054)
def _t4055():
    x = -0.0
    x -= {5}
    return x
show(4055, _t4055)
def _t4056():
    x = -0.0
    x -= A()
    return x
show(4056, _t4056)
def _t4057():
    x = -0.0
    x -= 2.0
    return x
show(4057, _t4057)
def _t4058():
    x = -0.0
    x -= None
    return x
show(4058, _t4058)
def _t4059():
    x = -0.0
    x %= 1
    return x
show(4059, _t4059)
def _t4060():
    x = -0.0
    x %= 'x'
    return x
show(4060, _t4060)
def _t4061():
    x = -0.0
    x %= [3]
    return x
show(4061, _t4061)
def _t4062():
    x = -0.0
    x %= (4,)
    return x
show(4062, _t4062)
def _t4063():
    x = -0.0
    x %= {5}
    return x
show(4063, _t4063)
def _t4064():
    x = -0.0
    x %= A()
    return x
show(4064, _t4064)
def _t4065():
    x = -0.0
    x %= 2.0
    return x
show(4065, _t4065)
def _t4066():
    x = -0.0
    x %= None
    return x
show(4066, _t4066)
def _t4067():
    x = -0.0
    x <<= 1
    return x
show(4067, _t4067)
def _t4068():
    x = -0.0
    x <<= 'x'
    return x
show(4068, _t4068)
def _t4069():
    x = -0.0
    x <<= [3]
    return x
show(4069, _t4069)
def _t4070():
    x = -0.0
    x <<= (4,)
    return x
show(4070, _t4070)
def _t4071():
    x = -0.0
    x <<= {5}
    return x
show(4071, _t4071)
def _t4072():
    x = -0.0
    x <<= A()
    return x
show(4072, _t4072)
def _t4073():
    x = -0.0
    x <<= 2.0
    return x
show(4073, _t4073)
def _t4074():
    x = -0.0
    x <<= None
    return x
show(4074, _t4074)
def _t4075():
    x = True
    x += 1
    return x
show(4075, _t4075)
def _t4076():
    x = True
    x += 'x'
    return x
show(4076, _t4076)
def _t4077():
    x = True
    x += [3]
    return x
show(4077, _t4077)
def _t4078():
    x = True
    x += (4,)
    return x
show(4078, _t4078)
def _t4079():
    x = True
    x += {5}
    return x
show(4079, _t4079)
def _t4080():
    x = True
    x += A()
    return x
show(4080, _t4080)
def _t4081():
    x = True
    x += 2.0
    return x
show(4081, _t4081)
def _t4082():
    x = True
    x += None
    return x
show(4082, _t4082)
def _t4083():
    x = True
    x *= 1
    return x
show(4083, _t4083)
def _t4084():
    x = True
    x *= 'x'
    return x
show(4084, _t4084)
def _t4085():
    x = True
    x *= [3]
    return x
show(4085, _t4085)
def _t4086():
    x = True
    x *= (4,)
    return x
show(4086, _t4086)
def _t4087():
    x = True
    x *= {5}
    return x
show(4087, _t4087)
def _t4088():
    x = True
    x *= A()
    return x
show(4088, _t4088)
def _t4089():
    x = True
    x *= 2.0
    return x
show(4089, _t4089)
def _t4090():
    x = True
    x *= None
    return x
show(4090, _t4090)
def _t4091():
    x = True
    x |= 1
    return x
show(4091, _t4091)
def _t4092():
    x = True
    x |= 'x'
    return x
show(4092, _t4092)
def _t4093():
    x = True
    x |= [3]
    return x
show(4093, _t4093)
def _t4094():
    x = True
    x |= (4,)
    return x
show(4094, _t4094)
def _t4095():
    x = True
    x |= {5}
    return x
show(4095, _t4095)
def _t4096():
    x = True
    x |= A()
    return x
show(4096, _t4096)
def _t4097():
    x = True
    x |= 2.0
    return x
show(4097, _t4097)
def _t4098():
    x = True
    x |= None
    return x
show(4098, _t4098)
def _t4099():
    x = True
    x -= 1
    return x
show(4099, _t4099)
def _t4100():
    x = True
    x -= 'x'
    return x
show(4100, _t4100)
def _t4101():
    x = True
    x -= [3]
    return x
show(4101, _t4101)
def _t4102():
    x = True
    x -= (4,)
    return x
show(4102, _t4102)
def _t4103():
    x = True
    x -= {5}
    return x
show(4103, _t4103)
def _t4104():
    x = True
    x -= A()
    return x
show(4104, _t4104)
def _t4105():
    x = True
    x -= 2.0
    return x
show(4105, _t4105)
def _t4106():
    x = True
    x -= None
    return x
show(4106, _t4106)
def _t4107():
    x = True
    x %= 1
    return x
show(4107, _t4107)
def _t4108():
    x = True
    x %= 'x'
    return x
show(4108, _t4108)
def _t4109():
    x = True
    x %= [3]
    return x
show(4109, _t4109)
def _t4110():
    x = True
    x %= (4,)
    return x
show(4110, _t4110)
def _t4111():
    x = True
    x %= {5}
    return x
show(4111, _t4111)
def _t4112():
    x = True
    x %= A()
    return x
show(4112, _t4112)
def _t4113():
    x = True
    x %= 2.0
    return x
show(4113, _t4113)
def _t4114():
    x = True
    x %= None
    return x
show(4114, _t4114)
def _t4115():
    x = True
    x <<= 1
    return x
show(4115, _t4115)
def _t4116():
    x = True
    x <<= 'x'
    return x
show(4116, _t4116)
def _t4117():
    x = True
    x <<= [3]
    return x
show(4117, _t4117)
def _t4118():
    x = True
    x <<= (4,)
    return x
show(4118, _t4118)
def _t4119():
    x = True
    x <<= {5}
    return x
show(4119, _t4119)
def _t4120():
    x = True
    x <<= A()
    return x
show(4120, _t4120)
def _t4121():
    x = True
    x <<= 2.0
    return x
show(4121, _t4121)
def _t4122():
    x = True
    x <<= None
    return x
show(4122, _t4122)
def _t4123():
    x = None
    x += 1
    return x
show(4123, _t4123)
def _t4124():
    x = None
    x += 'x'
    return x
show(4124, _t4124)
def _t4125():
    x = None
    x += [3]
    return x
show(4125, _t4125)
def _t4126():
    x = None
    x += (4,)
    return x
show(4126, _t4126)
def _t4127():
    x = None
    x += {5}
    return x
show(4127, _t4127)
def _t4128():
    x = None
    x += A()
    return x
show(4128, _t4128)
def _t4129():
    x = None
    x += 2.0
    return x
show(4129, _t4129)
def _t4130():
    x = None
    x += None
    return x
show(4130, _t4130)
def _t4131():
    x = None
    x *= 1
    return x
show(4131, _t4131)
def _t4132():
    x = None
    x *= 'x'
    return x
show(4132, _t4132)
def _t4133():
    x = None
    x *= [3]
    return x
show(4133, _t4133)
def _t4134():
    x = None
    x *= (4,)
    return x
show(4134, _t4134)
def _t4135():
    x = None
    x *= {5}
    return x
show(4135, _t4135)
def _t4136():
    x = None
    x *= A()
    return x
show(4136, _t4136)
def _t4137():
    x = None
    x *= 2.0
    return x
show(4137, _t4137)
def _t4138():
    x = None
    x *= None
    return x
show(4138, _t4138)
def _t4139():
    x = None
    x |= 1
    return x
show(4139, _t4139)
def _t4140():
    x = None
    x |= 'x'
    return x
show(4140, _t4140)
def _t4141():
    x = None
    x |= [3]
    return x
show(4141, _t4141)
def _t4142():
    x = None
    x |= (4,)
    return x
show(4142, _t4142)
def _t4143():
    x = None
    x |= {5}
    return x
show(4143, _t4143)
def _t4144():
    x = None
    x |= A()
    return x
show(4144, _t4144)
def _t4145():
    x = None
    x |= 2.0
    return x
show(4145, _t4145)
def _t4146():
    x = None
    x |= None
    return x
show(4146, _t4146)
def _t4147():
    x = None
    x -= 1
    return x
show(4147, _t4147)
def _t4148():
    x = None
    x -= 'x'
    return x
show(4148, _t4148)
def _t4149():
    x = None
    x -= [3]
    return x
show(4149, _t4149)
def _t4150():
    x = None
    x -= (4,)
    return x
show(4150, _t4150)
def _t4151():
    x = None
    x -= {5}
    return x
show(4151, _t4151)
def _t4152():
    x = None
    x -= A()
    return x
show(4152, _t4152)
def _t4153():
    x = None
    x -= 2.0
    return x
show(4153, _t4153)
def _t4154():
    x = None
    x -= None
    return x
show(4154, _t4154)
def _t4155():
    x = None
    x %= 1
    return x
show(4155, _t4155)
def _t4156():
    x = None
    x %= 'x'
    return x
show(4156, _t4156)
def _t4157():
    x = None
    x %= [3]
    return x
show(4157, _t4157)
def _t4158():
    x = None
    x %= (4,)
    return x
show(4158, _t4158)
def _t4159():
    x = None
    x %= {5}
    return x
show(4159, _t4159)
def _t4160():
    x = None
    x %= A()
    return x
show(4160, _t4160)
def _t4161():
    x = None
    x %= 2.0
    return x
show(4161, _t4161)
def _t4162():
    x = None
    x %= None
    return x
show(4162, _t4162)
def _t4163():
    x = None
    x <<= 1
    return x
show(4163, _t4163)
def _t4164():
    x = None
    x <<= 'x'
    return x
show(4164, _t4164)
def _t4165():
    x = None
    x <<= [3]
    return x
show(4165, _t4165)
def _t4166():
    x = None
    x <<= (4,)
    return x
show(4166, _t4166)
def _t4167():
    x = None
    x <<= {5}
    return x
show(4167, _t4167)
def _t4168():
    x = None
    x <<= A()
    return x
show(4168, _t4168)
def _t4169():
    x = None
    x <<= 2.0
    return x
show(4169, _t4169)
def _t4170():
    x = None
    x <<= None
    return x
show(4170, _t4170)
def _t4171():
    x = 'ab'
    x += 1
    return x
show(4171, _t4171)
def _t4172():
    x = 'ab'
    x += 'x'
    return x
show(4172, _t4172)
def _t4173():
    x = 'ab'
    x += [3]
    return x
show(4173, _t4173)
def _t4174():
    x = 'ab'
    x += (4,)
    return x
show(4174, _t4174)
def _t4175():
    x = 'ab'
    x += {5}
    return x
show(4175, _t4175)
def _t4176():
    x = 'ab'
    x += A()
    return x
show(4176, _t4176)
def _t4177():
    x = 'ab'
    x += 2.0
    return x
show(4177, _t4177)
def _t4178():
    x = 'ab'
    x += None
    return x
show(4178, _t4178)
def _t4179():
    x = 'ab'
    x *= 1
    return x
show(4179, _t4179)
def _t4180():
    x = 'ab'
    x *= 'x'
    return x
show(4180, _t4180)
def _t4181():
    x = 'ab'
    x *= [3]
    return x
show(4181, _t4181)
def _t4182():
    x = 'ab'
    x *= (4,)
    return x
show(4182, _t4182)
def _t4183():
    x = 'ab'
    x *= {5}
    return x
show(4183, _t4183)
def _t4184():
    x = 'ab'
    x *= A()
    return x
show(4184, _t4184)
def _t4185():
    x = 'ab'
    x *= 2.0
    return x
show(4185, _t4185)
def _t4186():
    x = 'ab'
    x *= None
    return x
show(4186, _t4186)
def _t4187():
    x = 'ab'
    x |= 1
    return x
show(4187, _t4187)
def _t4188():
    x = 'ab'
    x |= 'x'
    return x
show(4188, _t4188)
def _t4189():
    x = 'ab'
    x |= [3]
    return x
show(4189, _t4189)
def _t4190():
    x = 'ab'
    x |= (4,)
    return x
show(4190, _t4190)
def _t4191():
    x = 'ab'
    x |= {5}
    return x
show(4191, _t4191)
def _t4192():
    x = 'ab'
    x |= A()
    return x
show(4192, _t4192)
def _t4193():
    x = 'ab'
    x |= 2.0
    return x
show(4193, _t4193)
def _t4194():
    x = 'ab'
    x |= None
    return x
show(4194, _t4194)
def _t4195():
    x = 'ab'
    x -= 1
    return x
show(4195, _t4195)
def _t4196():
    x = 'ab'
    x -= 'x'
    return x
show(4196, _t4196)
def _t4197():
    x = 'ab'
    x -= [3]
    return x
show(4197, _t4197)
def _t4198():
    x = 'ab'
    x -= (4,)
    return x
show(4198, _t4198)
def _t4199():
    x = 'ab'
    x -= {5}
    return x
show(4199, _t4199)
def _t4200():
    x = 'ab'
    x -= A()
    return x
show(4200, _t4200)
def _t4201():
    x = 'ab'
    x -= 2.0
    return x
show(4201, _t4201)
def _t4202():
    x = 'ab'
    x -= None
    return x
show(4202, _t4202)
def _t4203():
    x = 'ab'
    x %= 1
    return x
show(4203, _t4203)
def _t4204():
    x = 'ab'
    x %= 'x'
    return x
show(4204, _t4204)
def _t4205():
    x = 'ab'
    x %= [3]
    return x
show(4205, _t4205)
def _t4206():
    x = 'ab'
    x %= (4,)
    return x
show(4206, _t4206)
def _t4207():
    x = 'ab'
    x %= {5}
    return x
show(4207, _t4207)
def _t4208():
    x = 'ab'
    x %= A()
    return x
show(4208, _t4208)
def _t4209():
    x = 'ab'
    x %= 2.0
    return x
show(4209, _t4209)
def _t4210():
    x = 'ab'
    x %= None
    return x
show(4210, _t4210)
def _t4211():
    x = 'ab'
    x <<= 1
    return x
show(4211, _t4211)
def _t4212():
    x = 'ab'
    x <<= 'x'
    return x
show(4212, _t4212)
def _t4213():
    x = 'ab'
    x <<= [3]
    return x
show(4213, _t4213)
def _t4214():
    x = 'ab'
    x <<= (4,)
    return x
show(4214, _t4214)
def _t4215():
    x = 'ab'
    x <<= {5}
    return x
show(4215, _t4215)
def _t4216():
    x = 'ab'
    x <<= A()
    return x
show(4216, _t4216)
def _t4217():
    x = 'ab'
    x <<= 2.0
    return x
show(4217, _t4217)
def _t4218():
    x = 'ab'
    x <<= None
    return x
show(4218, _t4218)
def _t4219():
    x = ''
    x += 1
    return x
show(4219, _t4219)
def _t4220():
    x = ''
    x += 'x'
    return x
show(4220, _t4220)
def _t4221():
    x = ''
    x += [3]
    return x
show(4221, _t4221)
def _t4222():
    x = ''
    x += (4,)
    return x
show(4222, _t4222)
def _t4223():
    x = ''
    x += {5}
    return x
show(4223, _t4223)
def _t4224():
    x = ''
    x += A()
    return x
show(4224, _t4224)
def _t4225():
    x = ''
    x += 2.0
    return x
show(4225, _t4225)
def _t4226():
    x = ''
    x += None
    return x
show(4226, _t4226)
def _t4227():
    x = ''
    x *= 1
    return x
show(4227, _t4227)
def _t4228():
    x = ''
    x *= 'x'
    return x
show(4228, _t4228)
def _t4229():
    x = ''
    x *= [3]
    return x
show(4229, _t4229)
def _t4230():
    x = ''
    x *= (4,)
    return x
show(4230, _t4230)
def _t4231():
    x = ''
    x *= {5}
    return x
show(4231, _t4231)
def _t4232():
    x = ''
    x *= A()
    return x
show(4232, _t4232)
def _t4233():
    x = ''
    x *= 2.0
    return x
show(4233, _t4233)
def _t4234():
    x = ''
    x *= None
    return x
show(4234, _t4234)
def _t4235():
    x = ''
    x |= 1
    return x
show(4235, _t4235)
def _t4236():
    x = ''
    x |= 'x'
    return x
show(4236, _t4236)
def _t4237():
    x = ''
    x |= [3]
    return x
show(4237, _t4237)
def _t4238():
    x = ''
    x |= (4,)
    return x
show(4238, _t4238)
def _t4239():
    x = ''
    x |= {5}
    return x
show(4239, _t4239)
def _t4240():
    x = ''
    x |= A()
    return x
show(4240, _t4240)
def _t4241():
    x = ''
    x |= 2.0
    return x
show(4241, _t4241)
def _t4242():
    x = ''
    x |= None
    return x
show(4242, _t4242)
def _t4243():
    x = ''
    x -= 1
    return x
show(4243, _t4243)
def _t4244():
    x = ''
    x -= 'x'
    return x
show(4244, _t4244)
def _t4245():
    x = ''
    x -= [3]
    return x
show(4245, _t4245)
def _t4246():
    x = ''
    x -= (4,)
    return x
show(4246, _t4246)
def _t4247():
    x = ''
    x -= {5}
    return x
show(4247, _t4247)
def _t4248():
    x = ''
    x -= A()
    return x
show(4248, _t4248)
def _t4249():
    x = ''
    x -= 2.0
    return x
show(4249, _t4249)
def _t4250():
    x = ''
    x -= None
    return x
show(4250, _t4250)
def _t4251():
    x = ''
    x %= 1
    return x
show(4251, _t4251)
def _t4252():
    x = ''
    x %= 'x'
    return x
show(4252, _t4252)
def _t4253():
    x = ''
    x %= [3]
    return x
show(4253, _t4253)
def _t4254():
    x = ''
    x %= (4,)
    return x
show(4254, _t4254)
def _t4255():
    x = ''
    x %= {5}
    return x
show(4255, _t4255)
def _t4256():
    x = ''
    x %= A()
    return x
show(4256, _t4256)
def _t4257():
    x = ''
    x %= 2.0
    return x
show(4257, _t4257)
def _t4258():
    x = ''
    x %= None
    return x
show(4258, _t4258)
def _t4259():
    x = ''
    x <<= 1
    return x
show(4259, _t4259)
def _t4260():
    x = ''
    x <<= 'x'
    return x
show(4260, _t4260)
def _t4261():
    x = ''
    x <<= [3]
    return x
show(4261, _t4261)
def _t4262():
    x = ''
    x <<= (4,)
    return x
show(4262, _t4262)
def _t4263():
    x = ''
    x <<= {5}
    return x
show(4263, _t4263)
def _t4264():
    x = ''
    x <<= A()
    return x
show(4264, _t4264)
def _t4265():
    x = ''
    x <<= 2.0
    return x
show(4265, _t4265)
def _t4266():
    x = ''
    x <<= None
    return x
show(4266, _t4266)
def _t4267():
    x = b'xy'
    x += 1
    return x
show(4267, _t4267)
def _t4268():
    x = b'xy'
    x += 'x'
    return x
show(4268, _t4268)
def _t4269():
    x = b'xy'
    x += [3]
    return x
show(4269, _t4269)
def _t4270():
    x = b'xy'
    x += (4,)
    return x
show(4270, _t4270)
def _t4271():
    x = b'xy'
    x += {5}
    return x
show(4271, _t4271)
def _t4272():
    x = b'xy'
    x += A()
    return x
show(4272, _t4272)
def _t4273():
    x = b'xy'
    x += 2.0
    return x
show(4273, _t4273)
def _t4274():
    x = b'xy'
    x += None
    return x
show(4274, _t4274)
def _t4275():
    x = b'xy'
    x *= 1
    return x
show(4275, _t4275)
def _t4276():
    x = b'xy'
    x *= 'x'
    return x
show(4276, _t4276)
def _t4277():
    x = b'xy'
    x *= [3]
    return x
show(4277, _t4277)
def _t4278():
    x = b'xy'
    x *= (4,)
    return x
show(4278, _t4278)
def _t4279():
    x = b'xy'
    x *= {5}
    return x
show(4279, _t4279)
def _t4280():
    x = b'xy'
    x *= A()
    return x
show(4280, _t4280)
def _t4281():
    x = b'xy'
    x *= 2.0
    return x
show(4281, _t4281)
def _t4282():
    x = b'xy'
    x *= None
    return x
show(4282, _t4282)
def _t4283():
    x = b'xy'
    x |= 1
    return x
show(4283, _t4283)
def _t4284():
    x = b'xy'
    x |= 'x'
    return x
show(4284, _t4284)
def _t4285():
    x = b'xy'
    x |= [3]
    return x
show(4285, _t4285)
def _t4286():
    x = b'xy'
    x |= (4,)
    return x
show(4286, _t4286)
def _t4287():
    x = b'xy'
    x |= {5}
    return x
show(4287, _t4287)
def _t4288():
    x = b'xy'
    x |= A()
    return x
show(4288, _t4288)
def _t4289():
    x = b'xy'
    x |= 2.0
    return x
show(4289, _t4289)
def _t4290():
    x = b'xy'
    x |= None
    return x
show(4290, _t4290)
def _t4291():
    x = b'xy'
    x -= 1
    return x
show(4291, _t4291)
def _t4292():
    x = b'xy'
    x -= 'x'
    return x
show(4292, _t4292)
def _t4293():
    x = b'xy'
    x -= [3]
    return x
show(4293, _t4293)
def _t4294():
    x = b'xy'
    x -= (4,)
    return x
show(4294, _t4294)
def _t4295():
    x = b'xy'
    x -= {5}
    return x
show(4295, _t4295)
def _t4296():
    x = b'xy'
    x -= A()
    return x
show(4296, _t4296)
def _t4297():
    x = b'xy'
    x -= 2.0
    return x
show(4297, _t4297)
def _t4298():
    x = b'xy'
    x -= None
    return x
show(4298, _t4298)
def _t4299():
    x = b'xy'
    x %= 1
    return x
show(4299, _t4299)
def _t4300():
    x = b'xy'
    x %= 'x'
    return x
show(4300, _t4300)
def _t4301():
    x = b'xy'
    x %= [3]
    return x
show(4301, _t4301)
def _t4302():
    x = b'xy'
    x %= (4,)
    return x
show(4302, _t4302)
def _t4303():
    x = b'xy'
    x %= {5}
    return x
show(4303, _t4303)
def _t4304():
    x = b'xy'
    x %= A()
    return x
show(4304, _t4304)
def _t4305():
    x = b'xy'
    x %= 2.0
    return x
show(4305, _t4305)
def _t4306():
    x = b'xy'
    x %= None
    return x
show(4306, _t4306)
def _t4307():
    x = b'xy'
    x <<= 1
    return x
show(4307, _t4307)
def _t4308():
    x = b'xy'
    x <<= 'x'
    return x
show(4308, _t4308)
def _t4309():
    x = b'xy'
    x <<= [3]
    return x
show(4309, _t4309)
def _t4310():
    x = b'xy'
    x <<= (4,)
    return x
show(4310, _t4310)
def _t4311():
    x = b'xy'
    x <<= {5}
    return x
show(4311, _t4311)
def _t4312():
    x = b'xy'
    x <<= A()
    return x
show(4312, _t4312)
def _t4313():
    x = b'xy'
    x <<= 2.0
    return x
show(4313, _t4313)
def _t4314():
    x = b'xy'
    x <<= None
    return x
show(4314, _t4314)
def _t4315():
    x = [1, 2]
    x += 1
    return x
show(4315, _t4315)
def _t4316():
    x = [1, 2]
    x += 'x'
    return x
show(4316, _t4316)
def _t4317():
    x = [1, 2]
    x += [3]
    return x
show(4317, _t4317)
def _t4318():
    x = [1, 2]
    x += (4,)
    return x
show(4318, _t4318)
def _t4319():
    x = [1, 2]
    x += {5}
    return x
show(4319, _t4319)
def _t4320():
    x = [1, 2]
    x += A()
    return x
show(4320, _t4320)
def _t4321():
    x = [1, 2]
    x += 2.0
    return x
show(4321, _t4321)
def _t4322():
    x = [1, 2]
    x += None
    return x
show(4322, _t4322)
def _t4323():
    x = [1, 2]
    x *= 1
    return x
show(4323, _t4323)
def _t4324():
    x = [1, 2]
    x *= 'x'
    return x
show(4324, _t4324)
def _t4325():
    x = [1, 2]
    x *= [3]
    return x
show(4325, _t4325)
def _t4326():
    x = [1, 2]
    x *= (4,)
    return x
show(4326, _t4326)
def _t4327():
    x = [1, 2]
    x *= {5}
    return x
show(4327, _t4327)
def _t4328():
    x = [1, 2]
    x *= A()
    return x
show(4328, _t4328)
def _t4329():
    x = [1, 2]
    x *= 2.0
    return x
show(4329, _t4329)
def _t4330():
    x = [1, 2]
    x *= None
    return x
show(4330, _t4330)
def _t4331():
    x = [1, 2]
    x |= 1
    return x
show(4331, _t4331)
def _t4332():
    x = [1, 2]
    x |= 'x'
    return x
show(4332, _t4332)
def _t4333():
    x = [1, 2]
    x |= [3]
    return x
show(4333, _t4333)
def _t4334():
    x = [1, 2]
    x |= (4,)
    return x
show(4334, _t4334)
def _t4335():
    x = [1, 2]
    x |= {5}
    return x
show(4335, _t4335)
def _t4336():
    x = [1, 2]
    x |= A()
    return x
show(4336, _t4336)
def _t4337():
    x = [1, 2]
    x |= 2.0
    return x
show(4337, _t4337)
def _t4338():
    x = [1, 2]
    x |= None
    return x
show(4338, _t4338)
def _t4339():
    x = [1, 2]
    x -= 1
    return x
show(4339, _t4339)
def _t4340():
    x = [1, 2]
    x -= 'x'
    return x
show(4340, _t4340)
def _t4341():
    x = [1, 2]
    x -= [3]
    return x
show(4341, _t4341)
def _t4342():
    x = [1, 2]
    x -= (4,)
    return x
show(4342, _t4342)
def _t4343():
    x = [1, 2]
    x -= {5}
    return x
show(4343, _t4343)
def _t4344():
    x = [1, 2]
    x -= A()
    return x
show(4344, _t4344)
def _t4345():
    x = [1, 2]
    x -= 2.0
    return x
show(4345, _t4345)
def _t4346():
    x = [1, 2]
    x -= None
    return x
show(4346, _t4346)
def _t4347():
    x = [1, 2]
    x %= 1
    return x
show(4347, _t4347)
def _t4348():
    x = [1, 2]
    x %= 'x'
    return x
show(4348, _t4348)
def _t4349():
    x = [1, 2]
    x %= [3]
    return x
show(4349, _t4349)
def _t4350():
    x = [1, 2]
    x %= (4,)
    return x
show(4350, _t4350)
def _t4351():
    x = [1, 2]
    x %= {5}
    return x
show(4351, _t4351)
def _t4352():
    x = [1, 2]
    x %= A()
    return x
show(4352, _t4352)
def _t4353():
    x = [1, 2]
    x %= 2.0
    return x
show(4353, _t4353)
def _t4354():
    x = [1, 2]
    x %= None
    return x
show(4354, _t4354)
def _t4355():
    x = [1, 2]
    x <<= 1
    return x
show(4355, _t4355)
def _t4356():
    x = [1, 2]
    x <<= 'x'
    return x
show(4356, _t4356)
def _t4357():
    x = [1, 2]
    x <<= [3]
    return x
show(4357, _t4357)
def _t4358():
    x = [1, 2]
    x <<= (4,)
    return x
show(4358, _t4358)
def _t4359():
    x = [1, 2]
    x <<= {5}
    return x
show(4359, _t4359)
def _t4360():
    x = [1, 2]
    x <<= A()
    return x
show(4360, _t4360)
def _t4361():
    x = [1, 2]
    x <<= 2.0
    return x
show(4361, _t4361)
def _t4362():
    x = [1, 2]
    x <<= None
    return x
show(4362, _t4362)
def _t4363():
    x = (1,)
    x += 1
    return x
show(4363, _t4363)
def _t4364():
    x = (1,)
    x += 'x'
    return x
show(4364, _t4364)
def _t4365():
    x = (1,)
    x += [3]
    return x
show(4365, _t4365)
def _t4366():
    x = (1,)
    x += (4,)
    return x
show(4366, _t4366)
def _t4367():
    x = (1,)
    x += {5}
    return x
show(4367, _t4367)
def _t4368():
    x = (1,)
    x += A()
    return x
show(4368, _t4368)
def _t4369():
    x = (1,)
    x += 2.0
    return x
show(4369, _t4369)
def _t4370():
    x = (1,)
    x += None
    return x
show(4370, _t4370)
def _t4371():
    x = (1,)
    x *= 1
    return x
show(4371, _t4371)
def _t4372():
    x = (1,)
    x *= 'x'
    return x
show(4372, _t4372)
def _t4373():
    x = (1,)
    x *= [3]
    return x
show(4373, _t4373)
def _t4374():
    x = (1,)
    x *= (4,)
    return x
show(4374, _t4374)
def _t4375():
    x = (1,)
    x *= {5}
    return x
show(4375, _t4375)
def _t4376():
    x = (1,)
    x *= A()
    return x
show(4376, _t4376)
def _t4377():
    x = (1,)
    x *= 2.0
    return x
show(4377, _t4377)
def _t4378():
    x = (1,)
    x *= None
    return x
show(4378, _t4378)
def _t4379():
    x = (1,)
    x |= 1
    return x
show(4379, _t4379)
def _t4380():
    x = (1,)
    x |= 'x'
    return x
show(4380, _t4380)
def _t4381():
    x = (1,)
    x |= [3]
    return x
show(4381, _t4381)
def _t4382():
    x = (1,)
    x |= (4,)
    return x
show(4382, _t4382)
def _t4383():
    x = (1,)
    x |= {5}
    return x
show(4383, _t4383)
def _t4384():
    x = (1,)
    x |= A()
    return x
show(4384, _t4384)
def _t4385():
    x = (1,)
    x |= 2.0
    return x
show(4385, _t4385)
def _t4386():
    x = (1,)
    x |= None
    return x
show(4386, _t4386)
def _t4387():
    x = (1,)
    x -= 1
    return x
show(4387, _t4387)
def _t4388():
    x = (1,)
    x -= 'x'
    return x
show(4388, _t4388)
def _t4389():
    x = (1,)
    x -= [3]
    return x
show(4389, _t4389)
def _t4390():
    x = (1,)
    x -= (4,)
    return x
show(4390, _t4390)
def _t4391():
    x = (1,)
    x -= {5}
    return x
show(4391, _t4391)
def _t4392():
    x = (1,)
    x -= A()
    return x
show(4392, _t4392)
def _t4393():
    x = (1,)
    x -= 2.0
    return x
show(4393, _t4393)
def _t4394():
    x = (1,)
    x -= None
    return x
show(4394, _t4394)
def _t4395():
    x = (1,)
    x %= 1
    return x
show(4395, _t4395)
def _t4396():
    x = (1,)
    x %= 'x'
    return x
show(4396, _t4396)
def _t4397():
    x = (1,)
    x %= [3]
    return x
show(4397, _t4397)
def _t4398():
    x = (1,)
    x %= (4,)
    return x
show(4398, _t4398)
def _t4399():
    x = (1,)
    x %= {5}
    return x
show(4399, _t4399)
def _t4400():
    x = (1,)
    x %= A()
    return x
show(4400, _t4400)
def _t4401():
    x = (1,)
    x %= 2.0
    return x
show(4401, _t4401)
def _t4402():
    x = (1,)
    x %= None
    return x
show(4402, _t4402)
def _t4403():
    x = (1,)
    x <<= 1
    return x
show(4403, _t4403)
def _t4404():
    x = (1,)
    x <<= 'x'
    return x
show(4404, _t4404)
def _t4405():
    x = (1,)
    x <<= [3]
    return x
show(4405, _t4405)
def _t4406():
    x = (1,)
    x <<= (4,)
    return x
show(4406, _t4406)
def _t4407():
    x = (1,)
    x <<= {5}
    return x
show(4407, _t4407)
def _t4408():
    x = (1,)
    x <<= A()
    return x
show(4408, _t4408)
def _t4409():
    x = (1,)
    x <<= 2.0
    return x
show(4409, _t4409)
def _t4410():
    x = (1,)
    x <<= None
    return x
show(4410, _t4410)
def _t4411():
    x = {1: 2}
    x += 1
    return x
show(4411, _t4411)
def _t4412():
    x = {1: 2}
    x += 'x'
    return x
show(4412, _t4412)
def _t4413():
    x = {1: 2}
    x += [3]
    return x
show(4413, _t4413)
def _t4414():
    x = {1: 2}
    x += (4,)
    return x
show(4414, _t4414)
def _t4415():
    x = {1: 2}
    x += {5}
    return x
show(4415, _t4415)
def _t4416():
    x = {1: 2}
    x += A()
    return x
show(4416, _t4416)
def _t4417():
    x = {1: 2}
    x += 2.0
    return x
show(4417, _t4417)
def _t4418():
    x = {1: 2}
    x += None
    return x
show(4418, _t4418)
def _t4419():
    x = {1: 2}
    x *= 1
    return x
show(4419, _t4419)
def _t4420():
    x = {1: 2}
    x *= 'x'
    return x
show(4420, _t4420)
def _t4421():
    x = {1: 2}
    x *= [3]
    return x
show(4421, _t4421)
def _t4422():
    x = {1: 2}
    x *= (4,)
    return x
show(4422, _t4422)
def _t4423():
    x = {1: 2}
    x *= {5}
    return x
show(4423, _t4423)
def _t4424():
    x = {1: 2}
    x *= A()
    return x
show(4424, _t4424)
def _t4425():
    x = {1: 2}
    x *= 2.0
    return x
show(4425, _t4425)
def _t4426():
    x = {1: 2}
    x *= None
    return x
show(4426, _t4426)
def _t4427():
    x = {1: 2}
    x |= 1
    return x
show(4427, _t4427)
def _t4428():
    x = {1: 2}
    x |= 'x'
    return x
show(4428, _t4428)
def _t4429():
    x = {1: 2}
    x |= [3]
    return x
show(4429, _t4429)
def _t4430():
    x = {1: 2}
    x |= (4,)
    return x
show(4430, _t4430)
def _t4431():
    x = {1: 2}
    x |= {5}
    return x
show(4431, _t4431)
def _t4432():
    x = {1: 2}
    x |= A()
    return x
show(4432, _t4432)
def _t4433():
    x = {1: 2}
    x |= 2.0
    return x
show(4433, _t4433)
def _t4434():
    x = {1: 2}
    x |= None
    return x
show(4434, _t4434)
def _t4435():
    x = {1: 2}
    x -= 1
    return x
show(4435, _t4435)
def _t4436():
    x = {1: 2}
    x -= 'x'
    return x
show(4436, _t4436)
def _t4437():
    x = {1: 2}
    x -= [3]
    return x
show(4437, _t4437)
def _t4438():
    x = {1: 2}
    x -= (4,)
    return x
show(4438, _t4438)
def _t4439():
    x = {1: 2}
    x -= {5}
    return x
show(4439, _t4439)
def _t4440():
    x = {1: 2}
    x -= A()
    return x
show(4440, _t4440)
def _t4441():
    x = {1: 2}
    x -= 2.0
    return x
show(4441, _t4441)
def _t4442():
    x = {1: 2}
    x -= None
    return x
show(4442, _t4442)
def _t4443():
    x = {1: 2}
    x %= 1
    return x
show(4443, _t4443)
def _t4444():
    x = {1: 2}
    x %= 'x'
    return x
show(4444, _t4444)
def _t4445():
    x = {1: 2}
    x %= [3]
    return x
show(4445, _t4445)
def _t4446():
    x = {1: 2}
    x %= (4,)
    return x
show(4446, _t4446)
def _t4447():
    x = {1: 2}
    x %= {5}
    return x
show(4447, _t4447)
def _t4448():
    x = {1: 2}
    x %= A()
    return x
show(4448, _t4448)
def _t4449():
    x = {1: 2}
    x %= 2.0
    return x
show(4449, _t4449)
def _t4450():
    x = {1: 2}
    x %= None
    return x
show(4450, _t4450)
def _t4451():
    x = {1: 2}
    x <<= 1
    return x
show(4451, _t4451)
def _t4452():
    x = {1: 2}
    x <<= 'x'
    return x
show(4452, _t4452)
def _t4453():
    x = {1: 2}
    x <<= [3]
    return x
show(4453, _t4453)
def _t4454():
    x = {1: 2}
    x <<= (4,)
    return x
show(4454, _t4454)
def _t4455():
    x = {1: 2}
    x <<= {5}
    return x
show(4455, _t4455)
def _t4456():
    x = {1: 2}
    x <<= A()
    return x
show(4456, _t4456)
def _t4457():
    x = {1: 2}
    x <<= 2.0
    return x
show(4457, _t4457)
def _t4458():
    x = {1: 2}
    x <<= None
    return x
show(4458, _t4458)
def _t4459():
    x = {3}
    x += 1
    return x
show(4459, _t4459)
def _t4460():
    x = {3}
    x += 'x'
    return x
show(4460, _t4460)
def _t4461():
    x = {3}
    x += [3]
    return x
show(4461, _t4461)
def _t4462():
    x = {3}
    x += (4,)
    return x
show(4462, _t4462)
def _t4463():
    x = {3}
    x += {5}
    return x
show(4463, _t4463)
def _t4464():
    x = {3}
    x += A()
    return x
show(4464, _t4464)
def _t4465():
    x = {3}
    x += 2.0
    return x
show(4465, _t4465)
def _t4466():
    x = {3}
    x += None
    return x
show(4466, _t4466)
def _t4467():
    x = {3}
    x *= 1
    return x
show(4467, _t4467)
def _t4468():
    x = {3}
    x *= 'x'
    return x
show(4468, _t4468)
def _t4469():
    x = {3}
    x *= [3]
    return x
show(4469, _t4469)
def _t4470():
    x = {3}
    x *= (4,)
    return x
show(4470, _t4470)
def _t4471():
    x = {3}
    x *= {5}
    return x
show(4471, _t4471)
def _t4472():
    x = {3}
    x *= A()
    return x
show(4472, _t4472)
def _t4473():
    x = {3}
    x *= 2.0
    return x
show(4473, _t4473)
def _t4474():
    x = {3}
    x *= None
    return x
show(4474, _t4474)
def _t4475():
    x = {3}
    x |= 1
    return x
show(4475, _t4475)
def _t4476():
    x = {3}
    x |= 'x'
    return x
show(4476, _t4476)
def _t4477():
    x = {3}
    x |= [3]
    return x
show(4477, _t4477)
def _t4478():
    x = {3}
    x |= (4,)
    return x
show(4478, _t4478)
def _t4479():
    x = {3}
    x |= {5}
    return x
show(4479, _t4479)
def _t4480():
    x = {3}
    x |= A()
    return x
show(4480, _t4480)
def _t4481():
    x = {3}
    x |= 2.0
    return x
show(4481, _t4481)
def _t4482():
    x = {3}
    x |= None
    return x
show(4482, _t4482)
def _t4483():
    x = {3}
    x -= 1
    return x
show(4483, _t4483)
def _t4484():
    x = {3}
    x -= 'x'
    return x
show(4484, _t4484)
def _t4485():
    x = {3}
    x -= [3]
    return x
show(4485, _t4485)
def _t4486():
    x = {3}
    x -= (4,)
    return x
show(4486, _t4486)
def _t4487():
    x = {3}
    x -= {5}
    return x
show(4487, _t4487)
def _t4488():
    x = {3}
    x -= A()
    return x
show(4488, _t4488)
def _t4489():
    x = {3}
    x -= 2.0
    return x
show(4489, _t4489)
def _t4490():
    x = {3}
    x -= None
    return x
show(4490, _t4490)
def _t4491():
    x = {3}
    x %= 1
    return x
show(4491, _t4491)
def _t4492():
    x = {3}
    x %= 'x'
    return x
show(4492, _t4492)
def _t4493():
    x = {3}
    x %= [3]
    return x
show(4493, _t4493)
def _t4494():
    x = {3}
    x %= (4,)
    return x
show(4494, _t4494)
def _t4495():
    x = {3}
    x %= {5}
    return x
show(4495, _t4495)
def _t4496():
    x = {3}
    x %= A()
    return x
show(4496, _t4496)
def _t4497():
    x = {3}
    x %= 2.0
    return x
show(4497, _t4497)
def _t4498():
    x = {3}
    x %= None
    return x
show(4498, _t4498)
def _t4499():
    x = {3}
    x <<= 1
    return x
show(4499, _t4499)
def _t4500():
    x = {3}
    x <<= 'x'
    return x
show(4500, _t4500)
def _t4501():
    x = {3}
    x <<= [3]
    return x
show(4501, _t4501)
def _t4502():
    x = {3}
    x <<= (4,)
    return x
show(4502, _t4502)
def _t4503():
    x = {3}
    x <<= {5}
    return x
show(4503, _t4503)
def _t4504():
    x = {3}
    x <<= A()
    return x
show(4504, _t4504)
def _t4505():
    x = {3}
    x <<= 2.0
    return x
show(4505, _t4505)
def _t4506():
    x = {3}
    x <<= None
    return x
show(4506, _t4506)
def _t4507():
    x = frozenset({3})
    x += 1
    return x
show(4507, _t4507)
def _t4508():
    x = frozenset({3})
    x += 'x'
    return x
show(4508, _t4508)
def _t4509():
    x = frozenset({3})
    x += [3]
    return x
show(4509, _t4509)
def _t4510():
    x = frozenset({3})
    x += (4,)
    return x
show(4510, _t4510)
def _t4511():
    x = frozenset({3})
    x += {5}
    return x
show(4511, _t4511)
def _t4512():
    x = frozenset({3})
    x += A()
    return x
show(4512, _t4512)
def _t4513():
    x = frozenset({3})
    x += 2.0
    return x
show(4513, _t4513)
def _t4514():
    x = frozenset({3})
    x += None
    return x
show(4514, _t4514)
def _t4515():
    x = frozenset({3})
    x *= 1
    return x
show(4515, _t4515)
def _t4516():
    x = frozenset({3})
    x *= 'x'
    return x
show(4516, _t4516)
def _t4517():
    x = frozenset({3})
    x *= [3]
    return x
show(4517, _t4517)
def _t4518():
    x = frozenset({3})
    x *= (4,)
    return x
show(4518, _t4518)
def _t4519():
    x = frozenset({3})
    x *= {5}
    return x
show(4519, _t4519)
def _t4520():
    x = frozenset({3})
    x *= A()
    return x
show(4520, _t4520)
def _t4521():
    x = frozenset({3})
    x *= 2.0
    return x
show(4521, _t4521)
def _t4522():
    x = frozenset({3})
    x *= None
    return x
show(4522, _t4522)
def _t4523():
    x = frozenset({3})
    x |= 1
    return x
show(4523, _t4523)
def _t4524():
    x = frozenset({3})
    x |= 'x'
    return x
show(4524, _t4524)
def _t4525():
    x = frozenset({3})
    x |= [3]
    return x
show(4525, _t4525)
def _t4526():
    x = frozenset({3})
    x |= (4,)
    return x
show(4526, _t4526)
def _t4527():
    x = frozenset({3})
    x |= {5}
    return x
show(4527, _t4527)
def _t4528():
    x = frozenset({3})
    x |= A()
    return x
show(4528, _t4528)
def _t4529():
    x = frozenset({3})
    x |= 2.0
    return x
show(4529, _t4529)
def _t4530():
    x = frozenset({3})
    x |= None
    return x
show(4530, _t4530)
def _t4531():
    x = frozenset({3})
    x -= 1
    return x
show(4531, _t4531)
def _t4532():
    x = frozenset({3})
    x -= 'x'
    return x
show(4532, _t4532)
def _t4533():
    x = frozenset({3})
    x -= [3]
    return x
show(4533, _t4533)
def _t4534():
    x = frozenset({3})
    x -= (4,)
    return x
show(4534, _t4534)
def _t4535():
    x = frozenset({3})
    x -= {5}
    return x
show(4535, _t4535)
def _t4536():
    x = frozenset({3})
    x -= A()
    return x
show(4536, _t4536)
def _t4537():
    x = frozenset({3})
    x -= 2.0
    return x
show(4537, _t4537)
def _t4538():
    x = frozenset({3})
    x -= None
    return x
show(4538, _t4538)
def _t4539():
    x = frozenset({3})
    x %= 1
    return x
show(4539, _t4539)
def _t4540():
    x = frozenset({3})
    x %= 'x'
    return x
show(4540, _t4540)
def _t4541():
    x = frozenset({3})
    x %= [3]
    return x
show(4541, _t4541)
def _t4542():
    x = frozenset({3})
    x %= (4,)
    return x
show(4542, _t4542)
def _t4543():
    x = frozenset({3})
    x %= {5}
    return x
show(4543, _t4543)
def _t4544():
    x = frozenset({3})
    x %= A()
    return x
show(4544, _t4544)
def _t4545():
    x = frozenset({3})
    x %= 2.0
    return x
show(4545, _t4545)
def _t4546():
    x = frozenset({3})
    x %= None
    return x
show(4546, _t4546)
def _t4547():
    x = frozenset({3})
    x <<= 1
    return x
show(4547, _t4547)
def _t4548():
    x = frozenset({3})
    x <<= 'x'
    return x
show(4548, _t4548)
def _t4549():
    x = frozenset({3})
    x <<= [3]
    return x
show(4549, _t4549)
def _t4550():
    x = frozenset({3})
    x <<= (4,)
    return x
show(4550, _t4550)
def _t4551():
    x = frozenset({3})
    x <<= {5}
    return x
show(4551, _t4551)
def _t4552():
    x = frozenset({3})
    x <<= A()
    return x
show(4552, _t4552)
def _t4553():
    x = frozenset({3})
    x <<= 2.0
    return x
show(4553, _t4553)
def _t4554():
    x = frozenset({3})
    x <<= None
    return x
show(4554, _t4554)
def _t4555():
    x = 1j
    x += 1
    return x
show(4555, _t4555)
def _t4556():
    x = 1j
    x += 'x'
    return x
show(4556, _t4556)
def _t4557():
    x = 1j
    x += [3]
    return x
show(4557, _t4557)
def _t4558():
    x = 1j
    x += (4,)
    return x
show(4558, _t4558)
def _t4559():
    x = 1j
    x += {5}
    return x
show(4559, _t4559)
def _t4560():
    x = 1j
    x += A()
    return x
show(4560, _t4560)
def _t4561():
    x = 1j
    x += 2.0
    return x
show(4561, _t4561)
def _t4562():
    x = 1j
    x += None
    return x
show(4562, _t4562)
def _t4563():
    x = 1j
    x *= 1
    return x
show(4563, _t4563)
def _t4564():
    x = 1j
    x *= 'x'
    return x
show(4564, _t4564)
def _t4565():
    x = 1j
    x *= [3]
    return x
show(4565, _t4565)
def _t4566():
    x = 1j
    x *= (4,)
    return x
show(4566, _t4566)
def _t4567():
    x = 1j
    x *= {5}
    return x
show(4567, _t4567)
def _t4568():
    x = 1j
    x *= A()
    return x
show(4568, _t4568)
def _t4569():
    x = 1j
    x *= 2.0
    return x
show(4569, _t4569)
def _t4570():
    x = 1j
    x *= None
    return x
show(4570, _t4570)
def _t4571():
    x = 1j
    x |= 1
    return x
show(4571, _t4571)
def _t4572():
    x = 1j
    x |= 'x'
    return x
show(4572, _t4572)
def _t4573():
    x = 1j
    x |= [3]
    return x
show(4573, _t4573)
def _t4574():
    x = 1j
    x |= (4,)
    return x
show(4574, _t4574)
def _t4575():
    x = 1j
    x |= {5}
    return x
show(4575, _t4575)
def _t4576():
    x = 1j
    x |= A()
    return x
show(4576, _t4576)
def _t4577():
    x = 1j
    x |= 2.0
    return x
show(4577, _t4577)
def _t4578():
    x = 1j
    x |= None
    return x
show(4578, _t4578)
def _t4579():
    x = 1j
    x -= 1
    return x
show(4579, _t4579)
def _t4580():
    x = 1j
    x -= 'x'
    return x
show(4580, _t4580)
def _t4581():
    x = 1j
    x -= [3]
    return x
show(4581, _t4581)
def _t4582():
    x = 1j
    x -= (4,)
    return x
show(4582, _t4582)
def _t4583():
    x = 1j
    x -= {5}
    return x
show(4583, _t4583)
def _t4584():
    x = 1j
    x -= A()
    return x
show(4584, _t4584)
def _t4585():
    x = 1j
    x -= 2.0
    return x
show(4585, _t4585)
def _t4586():
    x = 1j
    x -= None
    return x
show(4586, _t4586)
def _t4587():
    x = 1j
    x %= 1
    return x
show(4587, _t4587)
def _t4588():
    x = 1j
    x %= 'x'
    return x
show(4588, _t4588)
def _t4589():
    x = 1j
    x %= [3]
    return x
show(4589, _t4589)
def _t4590():
    x = 1j
    x %= (4,)
    return x
show(4590, _t4590)
def _t4591():
    x = 1j
    x %= {5}
    return x
show(4591, _t4591)
def _t4592():
    x = 1j
    x %= A()
    return x
show(4592, _t4592)
def _t4593():
    x = 1j
    x %= 2.0
    return x
show(4593, _t4593)
def _t4594():
    x = 1j
    x %= None
    return x
show(4594, _t4594)
def _t4595():
    x = 1j
    x <<= 1
    return x
show(4595, _t4595)
def _t4596():
    x = 1j
    x <<= 'x'
    return x
show(4596, _t4596)
def _t4597():
    x = 1j
    x <<= [3]
    return x
show(4597, _t4597)
def _t4598():
    x = 1j
    x <<= (4,)
    return x
show(4598, _t4598)
def _t4599():
    x = 1j
    x <<= {5}
    return x
show(4599, _t4599)
def _t4600():
    x = 1j
    x <<= A()
    return x
show(4600, _t4600)
def _t4601():
    x = 1j
    x <<= 2.0
    return x
show(4601, _t4601)
def _t4602():
    x = 1j
    x <<= None
    return x
show(4602, _t4602)
def _t4603():
    x = range(3)
    x += 1
    return x
show(4603, _t4603)
def _t4604():
    x = range(3)
    x += 'x'
    return x
show(4604, _t4604)
def _t4605():
    x = range(3)
    x += [3]
    return x
show(4605, _t4605)
def _t4606():
    x = range(3)
    x += (4,)
    return x
show(4606, _t4606)
def _t4607():
    x = range(3)
    x += {5}
    return x
show(4607, _t4607)
def _t4608():
    x = range(3)
    x += A()
    return x
show(4608, _t4608)
def _t4609():
    x = range(3)
    x += 2.0
    return x
show(4609, _t4609)
def _t4610():
    x = range(3)
    x += None
    return x
show(4610, _t4610)
def _t4611():
    x = range(3)
    x *= 1
    return x
show(4611, _t4611)
def _t4612():
    x = range(3)
    x *= 'x'
    return x
show(4612, _t4612)
def _t4613():
    x = range(3)
    x *= [3]
    return x
show(4613, _t4613)
def _t4614():
    x = range(3)
    x *= (4,)
    return x
show(4614, _t4614)
def _t4615():
    x = range(3)
    x *= {5}
    return x
show(4615, _t4615)
def _t4616():
    x = range(3)
    x *= A()
    return x
show(4616, _t4616)
def _t4617():
    x = range(3)
    x *= 2.0
    return x
show(4617, _t4617)
def _t4618():
    x = range(3)
    x *= None
    return x
show(4618, _t4618)
def _t4619():
    x = range(3)
    x |= 1
    return x
show(4619, _t4619)
def _t4620():
    x = range(3)
    x |= 'x'
    return x
show(4620, _t4620)
def _t4621():
    x = range(3)
    x |= [3]
    return x
show(4621, _t4621)
def _t4622():
    x = range(3)
    x |= (4,)
    return x
show(4622, _t4622)
def _t4623():
    x = range(3)
    x |= {5}
    return x
show(4623, _t4623)
def _t4624():
    x = range(3)
    x |= A()
    return x
show(4624, _t4624)
def _t4625():
    x = range(3)
    x |= 2.0
    return x
show(4625, _t4625)
def _t4626():
    x = range(3)
    x |= None
    return x
show(4626, _t4626)
def _t4627():
    x = range(3)
    x -= 1
    return x
show(4627, _t4627)
def _t4628():
    x = range(3)
    x -= 'x'
    return x
show(4628, _t4628)
def _t4629():
    x = range(3)
    x -= [3]
    return x
show(4629, _t4629)
def _t4630():
    x = range(3)
    x -= (4,)
    return x
show(4630, _t4630)
def _t4631():
    x = range(3)
    x -= {5}
    return x
show(4631, _t4631)
def _t4632():
    x = range(3)
    x -= A()
    return x
show(4632, _t4632)
def _t4633():
    x = range(3)
    x -= 2.0
    return x
show(4633, _t4633)
def _t4634():
    x = range(3)
    x -= None
    return x
show(4634, _t4634)
def _t4635():
    x = range(3)
    x %= 1
    return x
show(4635, _t4635)
def _t4636():
    x = range(3)
    x %= 'x'
    return x
show(4636, _t4636)
def _t4637():
    x = range(3)
    x %= [3]
    return x
show(4637, _t4637)
def _t4638():
    x = range(3)
    x %= (4,)
    return x
show(4638, _t4638)
def _t4639():
    x = range(3)
    x %= {5}
    return x
show(4639, _t4639)
def _t4640():
    x = range(3)
    x %= A()
    return x
show(4640, _t4640)
def _t4641():
    x = range(3)
    x %= 2.0
    return x
show(4641, _t4641)
def _t4642():
    x = range(3)
    x %= None
    return x
show(4642, _t4642)
def _t4643():
    x = range(3)
    x <<= 1
    return x
show(4643, _t4643)
def _t4644():
    x = range(3)
    x <<= 'x'
    return x
show(4644, _t4644)
def _t4645():
    x = range(3)
    x <<= [3]
    return x
show(4645, _t4645)
def _t4646():
    x = range(3)
    x <<= (4,)
    return x
show(4646, _t4646)
def _t4647():
    x = range(3)
    x <<= {5}
    return x
show(4647, _t4647)
def _t4648():
    x = range(3)
    x <<= A()
    return x
show(4648, _t4648)
def _t4649():
    x = range(3)
    x <<= 2.0
    return x
show(4649, _t4649)
def _t4650():
    x = range(3)
    x <<= None
    return x
show(4650, _t4650)
def _t4651():
    x = A()
    x += 1
    return x
show(4651, _t4651)
def _t4652():
    x = A()
    x += 'x'
    return x
show(4652, _t4652)
def _t4653():
    x = A()
    x += [3]
    return x
show(4653, _t4653)
def _t4654():
    x = A()
    x += (4,)
    return x
show(4654, _t4654)
def _t4655():
    x = A()
    x += {5}
    return x
show(4655, _t4655)
def _t4656():
    x = A()
    x += A()
    return x
show(4656, _t4656)
def _t4657():
    x = A()
    x += 2.0
    return x
show(4657, _t4657)
def _t4658():
    x = A()
    x += None
    return x
show(4658, _t4658)
def _t4659():
    x = A()
    x *= 1
    return x
show(4659, _t4659)
def _t4660():
    x = A()
    x *= 'x'
    return x
show(4660, _t4660)
def _t4661():
    x = A()
    x *= [3]
    return x
show(4661, _t4661)
def _t4662():
    x = A()
    x *= (4,)
    return x
show(4662, _t4662)
def _t4663():
    x = A()
    x *= {5}
    return x
show(4663, _t4663)
def _t4664():
    x = A()
    x *= A()
    return x
show(4664, _t4664)
def _t4665():
    x = A()
    x *= 2.0
    return x
show(4665, _t4665)
def _t4666():
    x = A()
    x *= None
    return x
show(4666, _t4666)
def _t4667():
    x = A()
    x |= 1
    return x
show(4667, _t4667)
def _t4668():
    x = A()
    x |= 'x'
    return x
show(4668, _t4668)
def _t4669():
    x = A()
    x |= [3]
    return x
show(4669, _t4669)
def _t4670():
    x = A()
    x |= (4,)
    return x
show(4670, _t4670)
def _t4671():
    x = A()
    x |= {5}
    return x
show(4671, _t4671)
def _t4672():
    x = A()
    x |= A()
    return x
show(4672, _t4672)
def _t4673():
    x = A()
    x |= 2.0
    return x
show(4673, _t4673)
def _t4674():
    x = A()
    x |= None
    return x
show(4674, _t4674)
def _t4675():
    x = A()
    x -= 1
    return x
show(4675, _t4675)
def _t4676():
    x = A()
    x -= 'x'
    return x
show(4676, _t4676)
def _t4677():
    x = A()
    x -= [3]
    return x
show(4677, _t4677)
def _t4678():
    x = A()
    x -= (4,)
    return x
show(4678, _t4678)
def _t4679():
    x = A()
    x -= {5}
    return x
show(4679, _t4679)
def _t4680():
    x = A()
    x -= A()
    return x
show(4680, _t4680)
def _t4681():
    x = A()
    x -= 2.0
    return x
show(4681, _t4681)
def _t4682():
    x = A()
    x -= None
    return x
show(4682, _t4682)
def _t4683():
    x = A()
    x %= 1
    return x
show(4683, _t4683)
def _t4684():
    x = A()
    x %= 'x'
    return x
show(4684, _t4684)
def _t4685():
    x = A()
    x %= [3]
    return x
show(4685, _t4685)
def _t4686():
    x = A()
    x %= (4,)
    return x
show(4686, _t4686)
def _t4687():
    x = A()
    x %= {5}
    return x
show(4687, _t4687)
def _t4688():
    x = A()
    x %= A()
    return x
show(4688, _t4688)
def _t4689():
    x = A()
    x %= 2.0
    return x
show(4689, _t4689)
def _t4690():
    x = A()
    x %= None
    return x
show(4690, _t4690)
def _t4691():
    x = A()
    x <<= 1
    return x
show(4691, _t4691)
def _t4692():
    x = A()
    x <<= 'x'
    return x
show(4692, _t4692)
def _t4693():
    x = A()
    x <<= [3]
    return x
show(4693, _t4693)
def _t4694():
    x = A()
    x <<= (4,)
    return x
show(4694, _t4694)
def _t4695():
    x = A()
    x <<= {5}
    return x
show(4695, _t4695)
def _t4696():
    x = A()
    x <<= A()
    return x
show(4696, _t4696)
def _t4697():
    x = A()
    x <<= 2.0
    return x
show(4697, _t4697)
def _t4698():
    x = A()
    x <<= None
    return x
show(4698, _t4698)
def _t4699():
    x = B()
    x += 1
    return x
show(4699, _t4699)
def _t4700():
    x = B()
    x += 'x'
    return x
show(4700, _t4700)
def _t4701():
    x = B()
    x += [3]
    return x
show(4701, _t4701)
def _t4702():
    x = B()
    x += (4,)
    return x
show(4702, _t4702)
def _t4703():
    x = B()
    x += {5}
    return x
show(4703, _t4703)
def _t4704():
    x = B()
    x += A()
    return x
show(4704, _t4704)
def _t4705():
    x = B()
    x += 2.0
    return x
show(4705, _t4705)
def _t4706():
    x = B()
    x += None
    return x
show(4706, _t4706)
def _t4707():
    x = B()
    x *= 1
    return x
show(4707, _t4707)
def _t4708():
    x = B()
    x *= 'x'
    return x
show(4708, _t4708)
def _t4709():
    x = B()
    x *= [3]
    return x
show(4709, _t4709)
def _t4710():
    x = B()
    x *= (4,)
    return x
show(4710, _t4710)
def _t4711():
    x = B()
    x *= {5}
    return x
show(4711, _t4711)
def _t4712():
    x = B()
    x *= A()
    return x
show(4712, _t4712)
def _t4713():
    x = B()
    x *= 2.0
    return x
show(4713, _t4713)
def _t4714():
    x = B()
    x *= None
    return x
show(4714, _t4714)
def _t4715():
    x = B()
    x |= 1
    return x
show(4715, _t4715)
def _t4716():
    x = B()
    x |= 'x'
    return x
show(4716, _t4716)
def _t4717():
    x = B()
    x |= [3]
    return x
show(4717, _t4717)
def _t4718():
    x = B()
    x |= (4,)
    return x
show(4718, _t4718)
def _t4719():
    x = B()
    x |= {5}
    return x
show(4719, _t4719)
def _t4720():
    x = B()
    x |= A()
    return x
show(4720, _t4720)
def _t4721():
    x = B()
    x |= 2.0
    return x
show(4721, _t4721)
def _t4722():
    x = B()
    x |= None
    return x
show(4722, _t4722)
def _t4723():
    x = B()
    x -= 1
    return x
show(4723, _t4723)
def _t4724():
    x = B()
    x -= 'x'
    return x
show(4724, _t4724)
def _t4725():
    x = B()
    x -= [3]
    return x
show(4725, _t4725)
def _t4726():
    x = B()
    x -= (4,)
    return x
show(4726, _t4726)
def _t4727():
    x = B()
    x -= {5}
    return x
show(4727, _t4727)
def _t4728():
    x = B()
    x -= A()
    return x
show(4728, _t4728)
def _t4729():
    x = B()
    x -= 2.0
    return x
show(4729, _t4729)
def _t4730():
    x = B()
    x -= None
    return x
show(4730, _t4730)
def _t4731():
    x = B()
    x %= 1
    return x
show(4731, _t4731)
def _t4732():
    x = B()
    x %= 'x'
    return x
show(4732, _t4732)
def _t4733():
    x = B()
    x %= [3]
    return x
show(4733, _t4733)
def _t4734():
    x = B()
    x %= (4,)
    return x
show(4734, _t4734)
def _t4735():
    x = B()
    x %= {5}
    return x
show(4735, _t4735)
def _t4736():
    x = B()
    x %= A()
    return x
show(4736, _t4736)
def _t4737():
    x = B()
    x %= 2.0
    return x
show(4737, _t4737)
def _t4738():
    x = B()
    x %= None
    return x
show(4738, _t4738)
def _t4739():
    x = B()
    x <<= 1
    return x
show(4739, _t4739)
def _t4740():
    x = B()
    x <<= 'x'
    return x
show(4740, _t4740)
def _t4741():
    x = B()
    x <<= [3]
    return x
show(4741, _t4741)
def _t4742():
    x = B()
    x <<= (4,)
    return x
show(4742, _t4742)
def _t4743():
    x = B()
    x <<= {5}
    return x
show(4743, _t4743)
def _t4744():
    x = B()
    x <<= A()
    return x
show(4744, _t4744)
def _t4745():
    x = B()
    x <<= 2.0
    return x
show(4745, _t4745)
def _t4746():
    x = B()
    x <<= None
    return x
show(4746, _t4746)
def _t4747():
    x = MyInt(5)
    x += 1
    return x
show(4747, _t4747)
def _t4748():
    x = MyInt(5)
    x += 'x'
    return x
show(4748, _t4748)
def _t4749():
    x = MyInt(5)
    x += [3]
    return x
show(4749, _t4749)
def _t4750():
    x = MyInt(5)
    x += (4,)
    return x
show(4750, _t4750)
def _t4751():
    x = MyInt(5)
    x += {5}
    return x
show(4751, _t4751)
def _t4752():
    x = MyInt(5)
    x += A()
    return x
show(4752, _t4752)
def _t4753():
    x = MyInt(5)
    x += 2.0
    return x
show(4753, _t4753)
def _t4754():
    x = MyInt(5)
    x += None
    return x
show(4754, _t4754)
def _t4755():
    x = MyInt(5)
    x *= 1
    return x
show(4755, _t4755)
def _t4756():
    x = MyInt(5)
    x *= 'x'
    return x
show(4756, _t4756)
def _t4757():
    x = MyInt(5)
    x *= [3]
    return x
show(4757, _t4757)
def _t4758():
    x = MyInt(5)
    x *= (4,)
    return x
show(4758, _t4758)
def _t4759():
    x = MyInt(5)
    x *= {5}
    return x
show(4759, _t4759)
def _t4760():
    x = MyInt(5)
    x *= A()
    return x
show(4760, _t4760)
def _t4761():
    x = MyInt(5)
    x *= 2.0
    return x
show(4761, _t4761)
def _t4762():
    x = MyInt(5)
    x *= None
    return x
show(4762, _t4762)
def _t4763():
    x = MyInt(5)
    x |= 1
    return x
show(4763, _t4763)
def _t4764():
    x = MyInt(5)
    x |= 'x'
    return x
show(4764, _t4764)
def _t4765():
    x = MyInt(5)
    x |= [3]
    return x
show(4765, _t4765)
def _t4766():
    x = MyInt(5)
    x |= (4,)
    return x
show(4766, _t4766)
def _t4767():
    x = MyInt(5)
    x |= {5}
    return x
show(4767, _t4767)
def _t4768():
    x = MyInt(5)
    x |= A()
    return x
show(4768, _t4768)
def _t4769():
    x = MyInt(5)
    x |= 2.0
    return x
show(4769, _t4769)
def _t4770():
    x = MyInt(5)
    x |= None
    return x
show(4770, _t4770)
def _t4771():
    x = MyInt(5)
    x -= 1
    return x
show(4771, _t4771)
def _t4772():
    x = MyInt(5)
    x -= 'x'
    return x
show(4772, _t4772)
def _t4773():
    x = MyInt(5)
    x -= [3]
    return x
show(4773, _t4773)
def _t4774():
    x = MyInt(5)
    x -= (4,)
    return x
show(4774, _t4774)
def _t4775():
    x = MyInt(5)
    x -= {5}
    return x
show(4775, _t4775)
def _t4776():
    x = MyInt(5)
    x -= A()
    return x
show(4776, _t4776)
def _t4777():
    x = MyInt(5)
    x -= 2.0
    return x
show(4777, _t4777)
def _t4778():
    x = MyInt(5)
    x -= None
    return x
show(4778, _t4778)
def _t4779():
    x = MyInt(5)
    x %= 1
    return x
show(4779, _t4779)
def _t4780():
    x = MyInt(5)
    x %= 'x'
    return x
show(4780, _t4780)
def _t4781():
    x = MyInt(5)
    x %= [3]
    return x
show(4781, _t4781)
def _t4782():
    x = MyInt(5)
    x %= (4,)
    return x
show(4782, _t4782)
def _t4783():
    x = MyInt(5)
    x %= {5}
    return x
show(4783, _t4783)
def _t4784():
    x = MyInt(5)
    x %= A()
    return x
show(4784, _t4784)
def _t4785():
    x = MyInt(5)
    x %= 2.0
    return x
show(4785, _t4785)
def _t4786():
    x = MyInt(5)
    x %= None
    return x
show(4786, _t4786)
def _t4787():
    x = MyInt(5)
    x <<= 1
    return x
show(4787, _t4787)
def _t4788():
    x = MyInt(5)
    x <<= 'x'
    return x
show(4788, _t4788)
def _t4789():
    x = MyInt(5)
    x <<= [3]
    return x
show(4789, _t4789)
def _t4790():
    x = MyInt(5)
    x <<= (4,)
    return x
show(4790, _t4790)
def _t4791():
    x = MyInt(5)
    x <<= {5}
    return x
show(4791, _t4791)
def _t4792():
    x = MyInt(5)
    x <<= A()
    return x
show(4792, _t4792)
def _t4793():
    x = MyInt(5)
    x <<= 2.0
    return x
show(4793, _t4793)
def _t4794():
    x = MyInt(5)
    x <<= None
    return x
show(4794, _t4794)
def _t4795():
    x = MyStr('q')
    x += 1
    return x
show(4795, _t4795)
def _t4796():
    x = MyStr('q')
    x += 'x'
    return x
show(4796, _t4796)
def _t4797():
    x = MyStr('q')
    x += [3]
    return x
show(4797, _t4797)
def _t4798():
    x = MyStr('q')
    x += (4,)
    return x
show(4798, _t4798)
def _t4799():
    x = MyStr('q')
    x += {5}
    return x
show(4799, _t4799)
def _t4800():
    x = MyStr('q')
    x += A()
    return x
show(4800, _t4800)
def _t4801():
    x = MyStr('q')
    x += 2.0
    return x
show(4801, _t4801)
def _t4802():
    x = MyStr('q')
    x += None
    return x
show(4802, _t4802)
def _t4803():
    x = MyStr('q')
    x *= 1
    return x
show(4803, _t4803)
def _t4804():
    x = MyStr('q')
    x *= 'x'
    return x
show(4804, _t4804)
def _t4805():
    x = MyStr('q')
    x *= [3]
    return x
show(4805, _t4805)
def _t4806():
    x = MyStr('q')
    x *= (4,)
    return x
show(4806, _t4806)
def _t4807():
    x = MyStr('q')
    x *= {5}
    return x
show(4807, _t4807)
def _t4808():
    x = MyStr('q')
    x *= A()
    return x
show(4808, _t4808)
def _t4809():
    x = MyStr('q')
    x *= 2.0
    return x
show(4809, _t4809)
def _t4810():
    x = MyStr('q')
    x *= None
    return x
show(4810, _t4810)
def _t4811():
    x = MyStr('q')
    x |= 1
    return x
show(4811, _t4811)
def _t4812():
    x = MyStr('q')
    x |= 'x'
    return x
show(4812, _t4812)
def _t4813():
    x = MyStr('q')
    x |= [3]
    return x
show(4813, _t4813)
def _t4814():
    x = MyStr('q')
    x |= (4,)
    return x
show(4814, _t4814)
def _t4815():
    x = MyStr('q')
    x |= {5}
    return x
show(4815, _t4815)
def _t4816():
    x = MyStr('q')
    x |= A()
    return x
show(4816, _t4816)
def _t4817():
    x = MyStr('q')
    x |= 2.0
    return x
show(4817, _t4817)
def _t4818():
    x = MyStr('q')
    x |= None
    return x
show(4818, _t4818)
def _t4819():
    x = MyStr('q')
    x -= 1
    return x
show(4819, _t4819)
def _t4820():
    x = MyStr('q')
    x -= 'x'
    return x
show(4820, _t4820)
def _t4821():
    x = MyStr('q')
    x -= [3]
    return x
show(4821, _t4821)
def _t4822():
    x = MyStr('q')
    x -= (4,)
    return x
show(4822, _t4822)
def _t4823():
    x = MyStr('q')
    x -= {5}
    return x
show(4823, _t4823)
def _t4824():
    x = MyStr('q')
    x -= A()
    return x
show(4824, _t4824)
def _t4825():
    x = MyStr('q')
    x -= 2.0
    return x
show(4825, _t4825)
def _t4826():
    x = MyStr('q')
    x -= None
    return x
show(4826, _t4826)
def _t4827():
    x = MyStr('q')
    x %= 1
    return x
show(4827, _t4827)
def _t4828():
    x = MyStr('q')
    x %= 'x'
    return x
show(4828, _t4828)
def _t4829():
    x = MyStr('q')
    x %= [3]
    return x
show(4829, _t4829)
def _t4830():
    x = MyStr('q')
    x %= (4,)
    return x
show(4830, _t4830)
def _t4831():
    x = MyStr('q')
    x %= {5}
    return x
show(4831, _t4831)
def _t4832():
    x = MyStr('q')
    x %= A()
    return x
show(4832, _t4832)
def _t4833():
    x = MyStr('q')
    x %= 2.0
    return x
show(4833, _t4833)
def _t4834():
    x = MyStr('q')
    x %= None
    return x
show(4834, _t4834)
def _t4835():
    x = MyStr('q')
    x <<= 1
    return x
show(4835, _t4835)
def _t4836():
    x = MyStr('q')
    x <<= 'x'
    return x
show(4836, _t4836)
def _t4837():
    x = MyStr('q')
    x <<= [3]
    return x
show(4837, _t4837)
def _t4838():
    x = MyStr('q')
    x <<= (4,)
    return x
show(4838, _t4838)
def _t4839():
    x = MyStr('q')
    x <<= {5}
    return x
show(4839, _t4839)
def _t4840():
    x = MyStr('q')
    x <<= A()
    return x
show(4840, _t4840)
def _t4841():
    x = MyStr('q')
    x <<= 2.0
    return x
show(4841, _t4841)
def _t4842():
    x = MyStr('q')
    x <<= None
    return x
show(4842, _t4842)
def _t4843():
    x = MyList([1])
    x += 1
    return x
show(4843, _t4843)
def _t4844():
    x = MyList([1])
    x += 'x'
    return x
show(4844, _t4844)
def _t4845():
    x = MyList([1])
    x += [3]
    return x
show(4845, _t4845)
def _t4846():
    x = MyList([1])
    x += (4,)
    return x
show(4846, _t4846)
def _t4847():
    x = MyList([1])
    x += {5}
    return x
show(4847, _t4847)
def _t4848():
    x = MyList([1])
    x += A()
    return x
show(4848, _t4848)
def _t4849():
    x = MyList([1])
    x += 2.0
    return x
show(4849, _t4849)
def _t4850():
    x = MyList([1])
    x += None
    return x
show(4850, _t4850)
def _t4851():
    x = MyList([1])
    x *= 1
    return x
show(4851, _t4851)
def _t4852():
    x = MyList([1])
    x *= 'x'
    return x
show(4852, _t4852)
def _t4853():
    x = MyList([1])
    x *= [3]
    return x
show(4853, _t4853)
def _t4854():
    x = MyList([1])
    x *= (4,)
    return x
show(4854, _t4854)
def _t4855():
    x = MyList([1])
    x *= {5}
    return x
show(4855, _t4855)
def _t4856():
    x = MyList([1])
    x *= A()
    return x
show(4856, _t4856)
def _t4857():
    x = MyList([1])
    x *= 2.0
    return x
show(4857, _t4857)
def _t4858():
    x = MyList([1])
    x *= None
    return x
show(4858, _t4858)
def _t4859():
    x = MyList([1])
    x |= 1
    return x
show(4859, _t4859)
def _t4860():
    x = MyList([1])
    x |= 'x'
    return x
show(4860, _t4860)
def _t4861():
    x = MyList([1])
    x |= [3]
    return x
show(4861, _t4861)
def _t4862():
    x = MyList([1])
    x |= (4,)
    return x
show(4862, _t4862)
def _t4863():
    x = MyList([1])
    x |= {5}
    return x
show(4863, _t4863)
def _t4864():
    x = MyList([1])
    x |= A()
    return x
show(4864, _t4864)
def _t4865():
    x = MyList([1])
    x |= 2.0
    return x
show(4865, _t4865)
def _t4866():
    x = MyList([1])
    x |= None
    return x
show(4866, _t4866)
def _t4867():
    x = MyList([1])
    x -= 1
    return x
show(4867, _t4867)
def _t4868():
    x = MyList([1])
    x -= 'x'
    return x
show(4868, _t4868)
def _t4869():
    x = MyList([1])
    x -= [3]
    return x
show(4869, _t4869)
def _t4870():
    x = MyList([1])
    x -= (4,)
    return x
show(4870, _t4870)
def _t4871():
    x = MyList([1])
    x -= {5}
    return x
show(4871, _t4871)
def _t4872():
    x = MyList([1])
    x -= A()
    return x
show(4872, _t4872)
def _t4873():
    x = MyList([1])
    x -= 2.0
    return x
show(4873, _t4873)
def _t4874():
    x = MyList([1])
    x -= None
    return x
show(4874, _t4874)
def _t4875():
    x = MyList([1])
    x %= 1
    return x
show(4875, _t4875)
def _t4876():
    x = MyList([1])
    x %= 'x'
    return x
show(4876, _t4876)
def _t4877():
    x = MyList([1])
    x %= [3]
    return x
show(4877, _t4877)
def _t4878():
    x = MyList([1])
    x %= (4,)
    return x
show(4878, _t4878)
def _t4879():
    x = MyList([1])
    x %= {5}
    return x
show(4879, _t4879)
def _t4880():
    x = MyList([1])
    x %= A()
    return x
show(4880, _t4880)
def _t4881():
    x = MyList([1])
    x %= 2.0
    return x
show(4881, _t4881)
def _t4882():
    x = MyList([1])
    x %= None
    return x
show(4882, _t4882)
def _t4883():
    x = MyList([1])
    x <<= 1
    return x
show(4883, _t4883)
def _t4884():
    x = MyList([1])
    x <<= 'x'
    return x
show(4884, _t4884)
def _t4885():
    x = MyList([1])
    x <<= [3]
    return x
show(4885, _t4885)
def _t4886():
    x = MyList([1])
    x <<= (4,)
    return x
show(4886, _t4886)
def _t4887():
    x = MyList([1])
    x <<= {5}
    return x
show(4887, _t4887)
def _t4888():
    x = MyList([1])
    x <<= A()
    return x
show(4888, _t4888)
def _t4889():
    x = MyList([1])
    x <<= 2.0
    return x
show(4889, _t4889)
def _t4890():
    x = MyList([1])
    x <<= None
    return x
show(4890, _t4890)
def _t4891():
    x = NI()
    x += 1
    return x
show(4891, _t4891)
def _t4892():
    x = NI()
    x += 'x'
    return x
show(4892, _t4892)
def _t4893():
    x = NI()
    x += [3]
    return x
show(4893, _t4893)
def _t4894():
    x = NI()
    x += (4,)
    return x
show(4894, _t4894)
def _t4895():
    x = NI()
    x += {5}
    return x
show(4895, _t4895)
def _t4896():
    x = NI()
    x += A()
    return x
show(4896, _t4896)
def _t4897():
    x = NI()
    x += 2.0
    return x
show(4897, _t4897)
def _t4898():
    x = NI()
    x += None
    return x
show(4898, _t4898)
def _t4899():
    x = NI()
    x *= 1
    return x
show(4899, _t4899)
def _t4900():
    x = NI()
    x *= 'x'
    return x
show(4900, _t4900)
def _t4901():
    x = NI()
    x *= [3]
    return x
show(4901, _t4901)
def _t4902():
    x = NI()
    x *= (4,)
    return x
show(4902, _t4902)
def _t4903():
    x = NI()
    x *= {5}
    return x
show(4903, _t4903)
def _t4904():
    x = NI()
    x *= A()
    return x
show(4904, _t4904)
def _t4905():
    x = NI()
    x *= 2.0
    return x
show(4905, _t4905)
def _t4906():
    x = NI()
    x *= None
    return x
show(4906, _t4906)
def _t4907():
    x = NI()
    x |= 1
    return x
show(4907, _t4907)
def _t4908():
    x = NI()
    x |= 'x'
    return x
show(4908, _t4908)
def _t4909():
    x = NI()
    x |= [3]
    return x
show(4909, _t4909)
def _t4910():
    x = NI()
    x |= (4,)
    return x
show(4910, _t4910)
def _t4911():
    x = NI()
    x |= {5}
    return x
show(4911, _t4911)
def _t4912():
    x = NI()
    x |= A()
    return x
show(4912, _t4912)
def _t4913():
    x = NI()
    x |= 2.0
    return x
show(4913, _t4913)
def _t4914():
    x = NI()
    x |= None
    return x
show(4914, _t4914)
def _t4915():
    x = NI()
    x -= 1
    return x
show(4915, _t4915)
def _t4916():
    x = NI()
    x -= 'x'
    return x
show(4916, _t4916)
def _t4917():
    x = NI()
    x -= [3]
    return x
show(4917, _t4917)
def _t4918():
    x = NI()
    x -= (4,)
    return x
show(4918, _t4918)
def _t4919():
    x = NI()
    x -= {5}
    return x
show(4919, _t4919)
def _t4920():
    x = NI()
    x -= A()
    return x
show(4920, _t4920)
def _t4921():
    x = NI()
    x -= 2.0
    return x
show(4921, _t4921)
def _t4922():
    x = NI()
    x -= None
    return x
show(4922, _t4922)
def _t4923():
    x = NI()
    x %= 1
    return x
show(4923, _t4923)
def _t4924():
    x = NI()
    x %= 'x'
    return x
show(4924, _t4924)
def _t4925():
    x = NI()
    x %= [3]
    return x
show(4925, _t4925)
def _t4926():
    x = NI()
    x %= (4,)
    return x
show(4926, _t4926)
def _t4927():
    x = NI()
    x %= {5}
    return x
show(4927, _t4927)
def _t4928():
    x = NI()
    x %= A()
    return x
show(4928, _t4928)
def _t4929():
    x = NI()
    x %= 2.0
    return x
show(4929, _t4929)
def _t4930():
    x = NI()
    x %= None
    return x
show(4930, _t4930)
def _t4931():
    x = NI()
    x <<= 1
    return x
show(4931, _t4931)
def _t4932():
    x = NI()
    x <<= 'x'
    return x
show(4932, _t4932)
def _t4933():
    x = NI()
    x <<= [3]
    return x
show(4933, _t4933)
def _t4934():
    x = NI()
    x <<= (4,)
    return x
show(4934, _t4934)
def _t4935():
    x = NI()
    x <<= {5}
    return x
show(4935, _t4935)
def _t4936():
    x = NI()
    x <<= A()
    return x
show(4936, _t4936)
def _t4937():
    x = NI()
    x <<= 2.0
    return x
show(4937, _t4937)
def _t4938():
    x = NI()
    x <<= None
    return x
show(4938, _t4938)
def _t4939():
    x = bytearray(b'q')
    x += 1
    return x
show(4939, _t4939)
def _t4940():
    x = bytearray(b'q')
    x += 'x'
    return x
show(4940, _t4940)
def _t4941():
    x = bytearray(b'q')
    x += [3]
    return x
show(4941, _t4941)
def _t4942():
    x = bytearray(b'q')
    x += (4,)
    return x
show(4942, _t4942)
def _t4943():
    x = bytearray(b'q')
    x += {5}
    return x
show(4943, _t4943)
def _t4944():
    x = bytearray(b'q')
    x += A()
    return x
show(4944, _t4944)
def _t4945():
    x = bytearray(b'q')
    x += 2.0
    return x
show(4945, _t4945)
def _t4946():
    x = bytearray(b'q')
    x += None
    return x
show(4946, _t4946)
def _t4947():
    x = bytearray(b'q')
    x *= 1
    return x
show(4947, _t4947)
def _t4948():
    x = bytearray(b'q')
    x *= 'x'
    return x
show(4948, _t4948)
def _t4949():
    x = bytearray(b'q')
    x *= [3]
    return x
show(4949, _t4949)
def _t4950():
    x = bytearray(b'q')
    x *= (4,)
    return x
show(4950, _t4950)
def _t4951():
    x = bytearray(b'q')
    x *= {5}
    return x
show(4951, _t4951)
def _t4952():
    x = bytearray(b'q')
    x *= A()
    return x
show(4952, _t4952)
def _t4953():
    x = bytearray(b'q')
    x *= 2.0
    return x
show(4953, _t4953)
def _t4954():
    x = bytearray(b'q')
    x *= None
    return x
show(4954, _t4954)
def _t4955():
    x = bytearray(b'q')
    x |= 1
    return x
show(4955, _t4955)
def _t4956():
    x = bytearray(b'q')
    x |= 'x'
    return x
show(4956, _t4956)
def _t4957():
    x = bytearray(b'q')
    x |= [3]
    return x
show(4957, _t4957)
def _t4958():
    x = bytearray(b'q')
    x |= (4,)
    return x
show(4958, _t4958)
def _t4959():
    x = bytearray(b'q')
    x |= {5}
    return x
show(4959, _t4959)
def _t4960():
    x = bytearray(b'q')
    x |= A()
    return x
show(4960, _t4960)
def _t4961():
    x = bytearray(b'q')
    x |= 2.0
    return x
show(4961, _t4961)
def _t4962():
    x = bytearray(b'q')
    x |= None
    return x
show(4962, _t4962)
def _t4963():
    x = bytearray(b'q')
    x -= 1
    return x
show(4963, _t4963)
def _t4964():
    x = bytearray(b'q')
    x -= 'x'
    return x
show(4964, _t4964)
def _t4965():
    x = bytearray(b'q')
    x -= [3]
    return x
show(4965, _t4965)
def _t4966():
    x = bytearray(b'q')
    x -= (4,)
    return x
show(4966, _t4966)
def _t4967():
    x = bytearray(b'q')
    x -= {5}
    return x
show(4967, _t4967)
def _t4968():
    x = bytearray(b'q')
    x -= A()
    return x
show(4968, _t4968)
def _t4969():
    x = bytearray(b'q')
    x -= 2.0
    return x
show(4969, _t4969)
def _t4970():
    x = bytearray(b'q')
    x -= None
    return x
show(4970, _t4970)
def _t4971():
    x = bytearray(b'q')
    x %= 1
    return x
show(4971, _t4971)
def _t4972():
    x = bytearray(b'q')
    x %= 'x'
    return x
show(4972, _t4972)
def _t4973():
    x = bytearray(b'q')
    x %= [3]
    return x
show(4973, _t4973)
def _t4974():
    x = bytearray(b'q')
    x %= (4,)
    return x
show(4974, _t4974)
def _t4975():
    x = bytearray(b'q')
    x %= {5}
    return x
show(4975, _t4975)
def _t4976():
    x = bytearray(b'q')
    x %= A()
    return x
show(4976, _t4976)
def _t4977():
    x = bytearray(b'q')
    x %= 2.0
    return x
show(4977, _t4977)
def _t4978():
    x = bytearray(b'q')
    x %= None
    return x
show(4978, _t4978)
def _t4979():
    x = bytearray(b'q')
    x <<= 1
    return x
show(4979, _t4979)
def _t4980():
    x = bytearray(b'q')
    x <<= 'x'
    return x
show(4980, _t4980)
def _t4981():
    x = bytearray(b'q')
    x <<= [3]
    return x
show(4981, _t4981)
def _t4982():
    x = bytearray(b'q')
    x <<= (4,)
    return x
show(4982, _t4982)
def _t4983():
    x = bytearray(b'q')
    x <<= {5}
    return x
show(4983, _t4983)
def _t4984():
    x = bytearray(b'q')
    x <<= A()
    return x
show(4984, _t4984)
def _t4985():
    x = bytearray(b'q')
    x <<= 2.0
    return x
show(4985, _t4985)
def _t4986():
    x = bytearray(b'q')
    x <<= None
    return x
show(4986, _t4986)
print('done')
