// params: {n: 'two'}
MATCH (c:Country) RETURN c SKIP $n
