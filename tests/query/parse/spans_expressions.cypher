RETURN -9223372036854775808, - 1.5, n.name, l[1..2], x IS NOT NULL,
       1 < x <= 3, NOT (a OR b), f(DISTINCT x), count(*), CASE WHEN a THEN 1 END,
       [x IN l | x], $p, (n)-->(m), {k: 'v'}, - -x
