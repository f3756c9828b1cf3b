WITH {a: 1} AS m, 1 AS k RETURN m[k]
