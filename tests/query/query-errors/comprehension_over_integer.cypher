WITH 1 AS x RETURN [y IN x | y]
