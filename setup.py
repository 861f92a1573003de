"""Package layout: generated `dixa_async/` plus hand-written `custom/` installed as `dixa_async.custom`.

The mapping lives here rather than in pyproject.toml because the generated package tree
changes whenever the API description does, and `find_packages` keeps the list true.
"""

from setuptools import find_packages, setup

generated = find_packages(include=["dixa_async", "dixa_async.*"])
hand_written = ["dixa_async." + name for name in find_packages(include=["custom", "custom.*"])]

setup(
    packages=generated + hand_written,
    package_dir={"dixa_async.custom": "custom"},
    package_data={"dixa_async": ["py.typed"], "dixa_async.custom": ["py.typed"]},
)
