WITH true AS b RETURN b + 1
