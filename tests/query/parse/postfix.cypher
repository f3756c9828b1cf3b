RETURN n.name, n.address.city, n.`odd key`, n.match,
       list[0], list[-1], list[1..3], list[..2], list[2..], list[i + 1],
       m['key'][0].x, [1, 2, 3][0], {a: 1}.a, f(x).y, $p.k, (n).name
