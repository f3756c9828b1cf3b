WITH 'a' AS s RETURN -s
