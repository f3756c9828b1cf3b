UNWIND [1, 2] AS x RETURN percentileCont(x, 1.5)
