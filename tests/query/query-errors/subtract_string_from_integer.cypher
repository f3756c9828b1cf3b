WITH 'a' AS s RETURN 1 - s
