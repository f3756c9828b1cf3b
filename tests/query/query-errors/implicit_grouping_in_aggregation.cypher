MATCH (c:Country) RETURN c.name + count(*)
