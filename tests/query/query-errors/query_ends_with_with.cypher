MATCH (c:Country) WITH c
