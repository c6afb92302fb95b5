"""Tests of the harness's own readers and checker (stdlib only; no solver needed).

    python3 -m unittest discover -s bench/routing -p 'test_*.py'

Expected values are worked out by hand beside each assertion, or come from the
data files' published values (TSPLIB optima, Solomon C101's first lines).
"""

import unittest
from pathlib import Path

import check
import instances as I


def tiny_solomon(capacity=7, depot_due=100.0):
    """Depot (0,0); c1 at (3,4): demand 3, window [10,20], service 5;
    c2 at (3,0): demand 4, window [0,12], service 1. d(0,1)=5, d(0,2)=3, d(1,2)=4."""
    nodes = [I.SolomonNode(0, 0, 0, 0, 0, depot_due, 0),
             I.SolomonNode(1, 3, 4, 3, 10, 20, 5),
             I.SolomonNode(2, 3, 0, 4, 0, 12, 1)]
    return I.SolomonInstance("tiny", Path("tiny.txt"), 2, capacity, nodes)


class TsplibDistances(unittest.TestCase):
    def test_nint_rounds_half_up(self):
        self.assertEqual(I.nint(2.5), 3)
        self.assertEqual(I.nint(2.4999), 2)

    def test_euc2d(self):
        self.assertEqual(I.euc2d_distance((0, 0), (3, 4)), 5)       # 3-4-5 triangle
        self.assertEqual(I.euc2d_distance((0, 0), (1, 1)), 1)       # sqrt 2 = 1.414 -> 1

    def test_geo_one_degree_on_the_equator(self):
        # lat 0, 1 degree of longitude: acos(cos(3.141592/180)) = 0.01745328888 rad,
        # x 6378.388 = 111.32 km, + 1.0 then truncated = 112
        self.assertEqual(I.geo_distance((0.0, 0.0), (0.0, 1.0)), 112)

    def test_geo_reads_minutes(self):
        # 0.30 is 0 degrees 30 minutes = 0.5 degree: 55.66 km + 1.0 -> 56
        self.assertEqual(I.geo_distance((0.0, 0.0), (0.0, 0.30)), 56)

    def test_every_optimal_tour_recomputes_to_the_published_optimum(self):
        lines = I.self_check_tsplib()
        self.assertEqual(len(lines), 20)  # the 20 .opt.tour files of the data folder
        self.assertTrue(all(line.endswith(" ok") for line in lines))

    def test_berlin52_tour_checks(self):
        inst = I.read_tsplib(I.data_dir() / "tsplib" / "berlin52.tsp")
        tour = I.read_tour(I.data_dir() / "tsplib" / "berlin52.opt.tour")
        result = check.check_tsp(inst, [tour])
        self.assertTrue(result.feasible)
        self.assertEqual(result.cost, 7542)  # TSPLIB's published optimum for berlin52
        broken = check.check_tsp(inst, [tour[:-1] + [tour[0]]])
        self.assertFalse(broken.feasible)
        self.assertFalse(check.check_tsp(inst, [tour[:26], tour[26:]]).feasible)  # two routes


class SolomonReader(unittest.TestCase):
    def test_c101_header_and_first_customer(self):
        inst = I.read_solomon(I.data_dir() / "solomon" / "C101.txt")
        self.assertEqual((inst.vehicles, inst.capacity, inst.n_customers), (25, 200, 100))
        c1 = inst.nodes[1]  # file line: 1 45 68 10 912 967 90
        self.assertEqual((c1.x, c1.y, c1.demand, c1.ready, c1.due, c1.service), (45, 68, 10, 912, 967, 90))


class SolomonCheck(unittest.TestCase):
    def test_feasible_order(self):
        # 0 -> 2: arrive 3, serve 3..4; -> 1: arrive 8, wait to 10, serve to 15; -> 0: back at 20
        inst = tiny_solomon()
        result = check.check_solomon(inst, [[2, 1]])
        self.assertTrue(result.feasible, result.problems)
        self.assertAlmostEqual(result.cost, 12.0)  # 3 + 4 + 5
        self.assertAlmostEqual(check.solomon_route_schedule(inst, [2, 1])[1], 20.0)

    def test_late_customer(self):
        # 0 -> 1: arrive 5, wait to 10, leave 15; -> 2: arrive 19 > due 12
        result = check.check_solomon(tiny_solomon(), [[1, 2]])
        self.assertFalse(result.feasible)
        self.assertIn("customer 2 starts at 19.0000 > due 12", result.problems[0])

    def test_capacity(self):
        result = check.check_solomon(tiny_solomon(capacity=6), [[2, 1]])  # load 3 + 4 = 7
        self.assertEqual(result.problems, ["route 1: load 7 > capacity 6"])

    def test_depot_due(self):
        result = check.check_solomon(tiny_solomon(depot_due=19), [[2, 1]])  # back at 20
        self.assertFalse(result.feasible)

    def test_missing_repeated_unknown_and_free_fleet(self):
        inst = tiny_solomon()
        self.assertFalse(check.check_solomon(inst, [[2]], [1]).feasible)
        self.assertFalse(check.check_solomon(inst, [[2, 1], [1]]).feasible)
        self.assertFalse(check.check_solomon(inst, [[0, 2, 1, 0]]).feasible)  # depot inside
        one_vehicle = I.SolomonInstance("t", Path("t"), 1, 7, tiny_solomon().nodes)
        result = check.check_solomon(one_vehicle, [[2], [1]])  # 2 routes, file fleet 1: noted only
        self.assertTrue(result.feasible)
        self.assertEqual(result.info["warning"], "2 routes, more than the file's 1 vehicles")


def visit(vid, lat=43.3, lon=5.4, minutes=30, days=(0, 1, 2, 3, 4), windows=((480, 1110),),
          must=True, fixed_date=None, fixed_time=None):
    return I.Visit(vid, vid, lat, lon, minutes, set(days), list(windows), must, fixed_date, fixed_time)


class RepWeekCheck(unittest.TestCase):
    def test_plan_with_explained_leftover(self):
        visits = [visit("A"), visit("B", fixed_date="2026-12-08", fixed_time=600), visit("C")]
        result = check.check_rep_week(visits, [["A"], ["B"], [], [], []], [{"id": "C", "reason": "plein"}])
        self.assertTrue(result.feasible, result.problems)
        self.assertEqual(result.info["must_placed"], 2)

    def test_must_visit_lost(self):
        visits = [visit("A"), visit("C")]
        result = check.check_rep_week(visits, [["A"], [], [], [], []], [])
        self.assertEqual(result.problems, ["must visits neither placed nor explained: ['C']"])

    def test_fixed_appointment_on_another_day(self):
        # 2026-12-08 is a Tuesday (the week of Monday 7 December 2026): day index 1
        visits = [visit("B", fixed_date="2026-12-08", fixed_time=600)]
        result = check.check_rep_week(visits, [["B"], [], [], [], []], [])
        self.assertIn("B: fixed on 2026-12-08, placed on day 1", result.problems)

    def test_closed_day_and_window(self):
        # opens Tuesday to Saturday only, and 16:00-23:00: a 30-min visit fits 16:00-16:30
        visits = [visit("X", days=(1, 2, 3, 4, 5), windows=((960, 1380),))]
        self.assertIn("X placed on a closed day (Mon)",
                      check.check_rep_week(visits, [["X"], [], [], [], []], []).problems)
        self.assertTrue(check.check_rep_week(visits, [[], ["X"], [], [], []], []).feasible)

    def test_order_that_misses_a_window(self):
        # 10 km apart (0.09 degree of latitude): at least 8.6 min at 70 km/h.
        # A is open 08:00-12:00 for 60 min; B closes at 08:30: after A (from 08:00 to 09:00)
        # B cannot start, whatever the travel model.
        a = visit("A", minutes=60, windows=((480, 720),))
        b = visit("B", lat=43.39, windows=((480, 510),))
        problems = check.check_rep_week([a, b], [["A", "B"], [], [], [], []], []).problems
        self.assertEqual(problems, ["B: no opening window left (earliest arrival 09:08)"])

    def test_unknown_id_and_wrong_day_count(self):
        self.assertFalse(check.check_rep_week([visit("A")], [["Z"], [], [], [], []], []).feasible)
        self.assertFalse(check.check_rep_week([visit("A")], [["A"]], []).feasible)


if __name__ == "__main__":
    unittest.main()
