MATCH (c:Country)
