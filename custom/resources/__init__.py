"""One resource class per Dixa API tag; `DixaClient` exposes each as a snake_case attribute.

Resource methods are thin: one hop through `_call` into a generated operation. The module
`_operations` lists which method wraps which operation.
"""
