RETURN toUpper('a', 'b')
