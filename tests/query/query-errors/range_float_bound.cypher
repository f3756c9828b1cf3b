WITH 1.5 AS n RETURN range(1, n)
