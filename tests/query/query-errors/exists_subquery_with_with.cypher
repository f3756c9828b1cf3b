MATCH (c:Country) WHERE EXISTS { MATCH (c)-->(a) WITH a RETURN a } RETURN c
