"""Package layout: the generated `dixa_async/` plus the hand-written `custom/<area>/` folders,
each installed as `dixa_async.<area>` (`custom/jobs` is `dixa_async.jobs`, `custom/_core` is
`dixa_async._core`, ...). Users never see `custom` in an import path.

The mapping lives here rather than in pyproject.toml because the generated package tree
changes whenever the API description does, and `find_packages` keeps the list true.
"""

from pathlib import Path

from setuptools import find_packages, setup

generated = find_packages(include=["dixa_async", "dixa_async.*"])
areas = sorted(p.parent.name for p in Path("custom").glob("*/__init__.py"))
hand_written = [
    "dixa_async." + name
    for area in areas
    for name in find_packages("custom", include=[area, area + ".*"])
]

setup(
    packages=generated + hand_written,
    package_dir={f"dixa_async.{area}": f"custom/{area}" for area in areas},
    package_data={"dixa_async": ["py.typed"]},
)
