WITH [1, 2] AS list, 1.5 AS i RETURN list[i]
