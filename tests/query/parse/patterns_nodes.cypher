MATCH (n), (:Label), (m:A:B), (x {name: 'y', age: 3}), (y:A {k: $v}), (z $props), (),
      ( spaced : Label1 : Label2 { k : 1 } ), (`weird var`:`Weird Label`)
RETURN n
