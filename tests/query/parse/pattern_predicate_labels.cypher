MATCH (a)
WHERE (a:Person)-->(b)
RETURN a
