"""Tests for assessments.analysis: facility and discrimination indices, learning gain. No database."""
import math

import pytest

from assessments.analysis import ItemStats, item_analysis, learning_gain


def crafted_rows():
    """Ten attempts, three questions. The top 27% (2 attempts) and bottom 27% (2 attempts) are:

    bottom: totals 10, 20 -> scores q0 [0, 0], q1 [1, 1], q2 [0, 1]
    top:    totals 90, 95 -> scores q0 [1, 1], q1 [0, 0], q2 [1, 0]
    """
    return [
        (50.0, [1, 0, 0]),
        (90.0, [1, 0, 1]),
        (10.0, [0, 1, 0]),
        (60.0, [0, 1, 1]),
        (95.0, [1, 0, 0]),
        (20.0, [0, 1, 1]),
        (40.0, [1, 1, 0]),
        (70.0, [0.5, 1, 1]),
        (30.0, [1, 0, 0]),
        (80.0, [1, 1, 1]),
    ]


def test_item_analysis_crafted_example():
    stats = item_analysis(crafted_rows())
    assert stats == [
        ItemStats(index=0, facility=0.65, discrimination=1.0, n=10),
        ItemStats(index=1, facility=0.6, discrimination=-1.0, n=10),
        ItemStats(index=2, facility=0.5, discrimination=0.0, n=10),
    ]


def test_item_analysis_row_order_does_not_matter():
    assert item_analysis(list(reversed(crafted_rows()))) == item_analysis(crafted_rows())


def test_discrimination_needs_two_attempts_per_group():
    rows = crafted_rows()[:7]  # 27% of 7 = 1.89 -> groups of 1
    assert all(s.discrimination is None for s in item_analysis(rows))
    assert all(s.discrimination is not None for s in item_analysis(crafted_rows()[:8]))


def test_facility_is_reported_even_for_one_attempt():
    assert item_analysis([(100.0, [1.0, 0.0])]) == [ItemStats(0, 1.0, None, 1), ItemStats(1, 0.0, None, 1)]


def test_item_analysis_partial_discrimination():
    # 20 attempts -> groups of 5; q0 is right for 4 of the top 5 and 1 of the bottom 5.
    rows = [(float(total), [0.0]) for total in range(20)]
    for i in (0, 15, 16, 17, 18):
        rows[i] = (rows[i][0], [1.0])
    [stats] = item_analysis(rows)
    assert stats.discrimination == pytest.approx(0.6)
    assert stats.facility == pytest.approx(0.25)


def test_item_analysis_empty_and_inconsistent():
    assert item_analysis([]) == []
    with pytest.raises(ValueError):
        item_analysis([(10.0, [1.0]), (20.0, [1.0, 0.0])])


@pytest.mark.parametrize(
    "pre, post, expected",
    [
        (40.0, 70.0, {"absolute": 30.0, "normalised": 0.5}),
        (80.0, 60.0, {"absolute": -20.0, "normalised": -1.0}),
        (0, 100, {"absolute": 100.0, "normalised": 1.0}),
        (50.0, 50.0, {"absolute": 0.0, "normalised": 0.0}),
        (100.0, 90.0, {"absolute": -10.0, "normalised": None}),
        (100.0, 100.0, {"absolute": 0.0, "normalised": None}),
        (None, 70.0, {"absolute": None, "normalised": None}),
        (40.0, None, {"absolute": None, "normalised": None}),
        (None, None, {"absolute": None, "normalised": None}),
        (math.nan, 70.0, {"absolute": None, "normalised": None}),
        (70.05, 80.1, {"absolute": 10.05, "normalised": 0.3356}),
    ],
)
def test_learning_gain(pre, post, expected):
    assert learning_gain(pre, post) == expected
