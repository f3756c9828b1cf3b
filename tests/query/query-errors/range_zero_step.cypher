WITH 0 AS step RETURN range(1, 10, step)
