CREATE (n:T {address: {city: 'Almaty'}})
