MATCH (c:Country) WHERE count(c) > 1 RETURN c
