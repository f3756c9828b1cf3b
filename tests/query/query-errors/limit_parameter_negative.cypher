// params: {n: -2}
MATCH (c:Country) RETURN c LIMIT $n
