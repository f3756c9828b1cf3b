MATCH (c:Country) WHERE (c)-->(x) RETURN c
