MATCH (c:Country) WITH c.name RETURN 1
