RETURN sqrt('four')
