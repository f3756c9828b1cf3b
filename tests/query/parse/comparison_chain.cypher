MATCH (n)
WHERE 1 < n.x <= 10 AND a = b = c AND d <> e > f >= g
RETURN n
