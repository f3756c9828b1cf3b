MATCH (c:Country) RETURN c.name, count(*) ORDER BY c.founded
