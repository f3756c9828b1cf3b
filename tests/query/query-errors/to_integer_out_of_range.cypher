WITH 1e30 AS x RETURN toInteger(x)
