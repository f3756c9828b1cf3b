MATCH (c:Country) WHERE c.name = $name RETURN c
