// params: {props: {name: 'Mongolia'}}
MATCH (c:Country $props) RETURN c
