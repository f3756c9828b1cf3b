MATCH (c:Country) RETURN count(count(*))
