"""Generate the user-facing layer of `dixa_async/` from the spec: run by `make generate`.

openapi-python-client writes the low-level package (`api/`, `models/`). This step reads the
same description with the same parser (so every Python name and type matches what it wrote)
plus the `x-dixa-*` extensions it ignores, and writes:

* `dixa_async/operations.py`: the operation table (one `Operation` per spec operation);
* `dixa_async/operation_inputs.py`: the Python types of each operation's inputs;
* `dixa_async/literals.py`: `Literal` aliases of the enums marked `x-dixa-literal`;
* `dixa_async/resources/<tag>.py`: one namespace class per tag, one method per operation;
* `dixa_async/resources/__init__.py`: `Namespaces`, the lazily created namespaces of a client;
* `dixa_async/resources/_runtime.py`: the protocol the hand-written layer implements;
* `dixa_async/models/unions.py`: a public name (`Conversation`, `Attributes`, ...) for each
  choice-of-shapes schema (`oneOf`), re-exported by `dixa_async.models`, and used in the
  namespaces' signatures instead of the spelled-out union.

Methods whose body has required fields get two `typing.overload`s, so a type checker sees
the required fields as required keywords, or `body=` instead of all fields.

With `--operations-only` (the Exports API) it writes `operations.py` alone.

Usage: python openapi/generate_resources.py [--operations-only] SPEC CONFIG OUTPUT_PACKAGE_DIR
"""

from __future__ import annotations

import json
import keyword
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.properties import ListProperty, ModelProperty
from openapi_python_client.strings import ClassName
from ruamel.yaml import YAML  # openapi-python-client's own YAML reader

TEMPLATES = Path(__file__).parent / "resource_templates"
PAGE_SIZE = "page_limit"  # Dixa's pageLimit; exposed as page_size
PAGE_KEY = "page_key"
# Keyword names the generated methods use themselves: a body field may not take them.
RESERVED = {"self", "body", "confirm", "page_size", "page_key", "max_items"}
READ_METHODS = {"GET", "HEAD"}
STABILITIES = ("stable", "beta")
UPLOAD_LIMIT_KEYS = ("max-files", "max-file-bytes", "max-total-bytes")
IDEMPOTENT_METHODS = {"GET", "HEAD", "PUT", "DELETE", "OPTIONS"}


class SpecError(Exception):
    """The spec asks for something the generator cannot express."""


@dataclass(frozen=True)
class Union:
    """A `oneOf` schema of two or more models, named after the schema."""

    name: str
    members: tuple[str, ...]  # class names, in the spec's order
    description: str


# The unions of the spec being generated, by the set of their member classes: `_type`
# spells a union property as its alias. Set by `collect` before any method is built.
UNIONS: dict[frozenset[str], Union] = {}


@dataclass
class Param:
    name: str  # the public keyword
    kwarg: str  # the generated function's keyword
    type: str
    required: bool
    description: str = ""

    @property
    def declaration(self) -> str:
        return (
            f"{self.name}: {self.type}"
            if self.required
            else f"{self.name}: {self.type} | None = None"
        )


@dataclass
class Method:
    tag: str
    name: str
    http_method: str
    route: str
    module: str
    summary: str
    description: str
    path_params: list[Param]
    query_params: list[Param]
    body_type: str | None  # type of the generated body argument
    body_required: bool
    body_model: str | None  # model class when the body can be given as keyword fields
    body_fields: list[Param]
    returns: str  # data | data_list | list | model | pager | none
    return_type: str
    expect: str | None  # class checked at run time (envelope or list item)
    paged: bool
    read_only: bool
    destructive: bool
    idempotent: bool
    batch_of: str | None
    batch_max: int | None
    stability: str = "stable"
    settled_by: str | None = None  # the read telling whether a write in doubt took effect
    upload_limits: tuple[int, int, int] | None = None  # files, bytes per file, bytes in all
    type_imports: set[str] = field(default_factory=set)
    runtime_imports: set[str] = field(default_factory=set)
    input_imports: set[str] = field(default_factory=set)  # what the input types name

    @property
    def qualified_name(self) -> str:
        return f"{self.tag}.{self.name}"

    @property
    def overloads(self) -> list[list[str]]:
        """Keyword declarations of the `typing.overload`s: with required body fields, one
        with those fields required (no `body=`), one with `body=` required (no fields)."""
        if self.body_model is None or not any(p.required for p in self.body_fields):
            return []
        fields = sorted(self.body_fields, key=lambda p: not p.required)
        by_fields = [p.declaration for p in fields]
        by_body = [f"body: {self.body_type}"]
        return [self._keywords(by_fields), self._keywords(by_body)]

    def _keywords(self, body: list[str]) -> list[str]:
        declared = [p.declaration for p in self.query_params if p.required]
        declared += body
        declared += [p.declaration for p in self.query_params if not p.required]
        if self.paged:
            declared += [
                "page_size: int | None = None",
                "page_key: str | None = None",
                "max_items: int | None = None",
            ]
        if self.destructive:
            declared.append("confirm: bool = False")
        return declared

    @property
    def keyword_params(self) -> list[str]:
        """Declarations after `*`, in a stable order: required first, then optional."""
        declared = [p.declaration for p in self.query_params if p.required]
        declared += [p.declaration for p in self.query_params if not p.required]
        if self.body_model is not None:
            # Required fields too default to None: `body=` may stand in for all of them.
            fields = sorted(self.body_fields, key=lambda p: not p.required)
            declared += [f"{p.name}: {p.type} | None = None" for p in fields]
        if self.body_type is not None:
            if self.body_model is not None or not self.body_required:
                declared.append(f"body: {self.body_type} | None = None")
            else:
                declared.insert(0, f"body: {self.body_type}")
        if self.paged:
            declared += [
                "page_size: int | None = None",
                "page_key: str | None = None",
                "max_items: int | None = None",
            ]
        if self.destructive:
            declared.append("confirm: bool = False")
        return declared


def _code(value: Any) -> str:
    """Plain text of what the parser returns as code, names or spec strings."""
    if hasattr(value, "as_unembedded_code"):
        return str(value.as_unembedded_code())
    return str(getattr(value, "_value", value))


def _union(prop: Any) -> Union | None:
    """The named union `prop` is (a UnionProperty of exactly a oneOf's members), if any."""
    if type(prop).__name__ != "UnionProperty":
        return None
    members = frozenset(_code(p.get_type_string(no_optional=True)) for p in prop.inner_properties)
    return UNIONS.get(members)


def _type(prop: Any) -> str:
    named = _union(prop)
    if named is not None:
        return named.name
    if isinstance(prop, ListProperty) and (inner := _union(prop.inner_property)) is not None:
        return f"builtins.list[{inner.name}]"
    text = _code(prop.get_type_string(no_optional=True))
    # Methods named `list` shadow the builtin inside the class body.
    return re.sub(r"(?<![\w.])list\[", "builtins.list[", text)


def _imports(prop: Any) -> set[str]:
    named = _union(prop.inner_property if isinstance(prop, ListProperty) else prop)
    if named is not None:
        return {f"from ..models.unions import {named.name}"}
    found = set(prop.get_imports(prefix="..")) | set(prop.get_lazy_imports(prefix=".."))
    # `..types` for `File` (multipart bodies); unused names are dropped by ruff afterwards.
    return {
        line
        for line in found
        if "..models" in line or "..types import" in line or line.startswith("import ")
    }


def _text(value: Any) -> str:
    return " ".join(_code(value or "").split())


def _success(endpoint: Any) -> Any | None:
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range
        if low >= 200 and high < 300:
            prop = response.prop
            if type(prop).__name__ in ("NoneProperty", "AnyProperty"):
                return None
            return prop
    return None


def _class_name(prop: Any) -> str:
    return str(prop.class_info.name)


def _model_import(prop: Any) -> str:
    return f"from ..models.{prop.class_info.module_name} import {prop.class_info.name}"


def _fields(model: ModelProperty) -> list[Any]:
    return list(model.required_properties or []) + list(model.optional_properties or [])


_VERSION_SEGMENT = re.compile(r"^(v\d+|beta)$")
_METHOD_VERBS = {"GET": "get", "POST": "create", "PUT": "update", "PATCH": "patch", "DELETE": "delete"}


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def default_name(http_method: str, route: str) -> str:
    """The method name of an operation without `x-dixa-name`, read off method and path the
    way the spec's own names read: the version and the namespace's collection (the first
    literal segment) are dropped; an item is `get`/`update`/`patch`/`delete`, a collection
    `list`/`create`; the literal segments after the collection qualify it
    (`GET /v1/queues/{id}/members` -> `list_members`, `GET /beta/knowledge/articles/{id}`
    -> `get_article`); a singular word after an id under POST/PUT/PATCH is an action
    (`PUT /v1/conversations/{id}/close` -> `close`, `POST .../articles/{id}/publish` ->
    `publish_article`)."""
    segments = [s for s in route.strip("/").split("/") if s]
    if segments and _VERSION_SEGMENT.match(segments[0]):
        segments = segments[1:]
    words = [re.sub(r"\W", "_", s.replace("-", "_")).lower() for s in segments if "{" not in s]
    words = words[1:]  # the collection the namespace stands for
    last_is_id = bool(segments) and "{" in segments[-1]
    action = (
        http_method in ("POST", "PUT", "PATCH")
        and len(segments) >= 2
        and not last_is_id
        and "{" in segments[-2]
        and bool(words)
        and not words[-1].endswith("s")
    )
    if action:
        name = "_".join([words[-1], *(_singular(w) for w in words[-2:-1])])
    else:
        verb = _METHOD_VERBS.get(http_method, http_method.lower())
        if http_method == "GET" and not last_is_id:
            verb = "list"
        qualifiers = [_singular(w) for w in words]
        if words and not last_is_id and verb != "create":
            qualifiers[-1] = words[-1]  # the call acts on the whole collection
        name = "_".join([verb, *qualifiers])
    return f"{name}_" if keyword.iskeyword(name) else name


def build_method(tag: str, endpoint: Any, raw: dict[str, Any], route: str) -> Method:
    http_method = _code(endpoint.method).upper()
    tag = raw.get("x-dixa-namespace", tag)
    name = raw.get("x-dixa-name")
    if not name:
        # Pasting an operation from Dixa's description is enough; `x-dixa-name` overrides.
        name = default_name(http_method, route)
        print(
            f"generate_resources: {http_method} {route} has no x-dixa-name; "
            f"named {tag}.{name}() (set x-dixa-name to choose another)"
        )
    if not name.isidentifier() or keyword.iskeyword(name):
        raise SpecError(f"{http_method} {route}: x-dixa-name {name!r} is not a Python name")
    qualified = f"{tag}.{name}"
    stability = raw.get("x-dixa-stability", "stable")
    if stability not in STABILITIES:
        raise SpecError(f"{qualified}: x-dixa-stability must be one of {', '.join(STABILITIES)}")
    upload_limits = _upload_limits(qualified, raw.get("x-dixa-upload-limits"))
    paged = bool(raw.get("x-dixa-paginated", False))
    read_only = http_method in READ_METHODS or bool(raw.get("x-dixa-read-only", False))
    idempotent = bool(raw.get("x-dixa-idempotent", http_method in IDEMPOTENT_METHODS or read_only))
    type_imports: set[str] = set()
    runtime_imports: set[str] = set()

    order = {m.group(1): m.start() for m in re.finditer(r"\{([^}]+)\}", _code(endpoint.path))}
    path_params = [
        Param(str(p.python_name), str(p.python_name), _type(p), True, _text(p.description))
        for p in sorted(endpoint.path_parameters, key=lambda p: order[str(p.python_name)])
    ]
    input_imports: set[str] = set()
    for p in endpoint.path_parameters:
        type_imports |= _imports(p)
        input_imports |= _imports(p)

    # A parameter's `x-dixa-name` overrides the keyword the parser derives from its name.
    renamed = {
        q["name"]: q["x-dixa-name"]
        for q in raw.get("parameters", [])
        if isinstance(q, dict) and "x-dixa-name" in q
    }
    query_params: list[Param] = []
    for p in endpoint.query_parameters:
        python = str(p.python_name)
        if paged and python in (PAGE_SIZE, PAGE_KEY):
            continue
        public = renamed.get(_code(p.name), python)
        query_params.append(Param(public, python, _type(p), bool(p.required), _text(p.description)))
        type_imports |= _imports(p)
        input_imports |= _imports(p)
    if paged and {PAGE_SIZE, PAGE_KEY} - {str(p.python_name) for p in endpoint.query_parameters}:
        raise SpecError(f"{qualified}: x-dixa-paginated without pageLimit/pageKey")

    body_type = body_model = None
    body_fields: list[Param] = []
    body_required = False
    if endpoint.bodies:
        if len(endpoint.bodies) > 1:
            raise SpecError(f"{qualified}: more than one request body type")
        prop = endpoint.bodies[0].prop
        body_type = _type(prop)
        body_required = bool(raw.get("requestBody", {}).get("required", False))
        type_imports |= _imports(prop)
        input_imports |= _imports(prop)
        if isinstance(prop, ModelProperty):
            body_model = _class_name(prop)
            runtime_imports.add(_model_import(prop))
            required = {str(p.python_name) for p in prop.required_properties or []}
            for p in _fields(prop):
                python = str(p.python_name)
                if python in RESERVED or python in {q.name for q in path_params + query_params}:
                    raise SpecError(f"{qualified}: body field {python!r} clashes with a parameter")
                body_fields.append(
                    Param(python, python, _type(p), python in required, _text(p.description))
                )
                type_imports |= _imports(p)

    success = _success(endpoint)
    expect: str | None = None
    if success is None:
        returns, return_type = "none", "None"
    elif isinstance(success, ListProperty):
        returns, return_type = "list", _type(success)
        expect = _class_name(success.inner_property)
        runtime_imports.add(_model_import(success.inner_property))
        type_imports |= _imports(success)
    elif isinstance(success, ModelProperty):
        expect = _class_name(success)
        runtime_imports.add(_model_import(success))
        props = {str(p.python_name): p for p in _fields(success)}
        data = props.get("data")
        if paged:
            if not isinstance(data, ListProperty) or set(props) != {"data", "meta"}:
                raise SpecError(f"{qualified}: a paged output needs exactly data[] and meta")
            returns, return_type = "pager", f"Pager[{_type(data.inner_property)}]"
            type_imports |= _imports(data)
        elif data is not None and set(props) == {"data"}:
            returns = "data_list" if isinstance(data, ListProperty) else "data"
            return_type = _type(data)
            type_imports |= _imports(data)
        else:
            returns, return_type = "model", expect
            type_imports.add(_model_import(success))
    else:
        raise SpecError(f"{qualified}: unsupported success body {type(success).__name__}")
    if paged and returns != "pager":
        raise SpecError(f"{qualified}: x-dixa-paginated but the output is not a page")

    return Method(
        tag=tag,
        name=name,
        http_method=http_method,
        route=route,
        module=_code(endpoint.name),
        summary=_text(raw.get("summary")),
        description=_text(raw.get("description")),
        path_params=path_params,
        query_params=query_params,
        body_type=body_type,
        body_required=body_required,
        body_model=body_model,
        body_fields=body_fields,
        returns=returns,
        return_type=return_type,
        expect=expect,
        paged=paged,
        read_only=read_only,
        destructive=bool(raw.get("x-dixa-destructive", False)),
        idempotent=idempotent,
        batch_of=raw.get("x-dixa-batch-of"),
        batch_max=_batch_max(qualified, raw),
        settled_by=raw.get("x-dixa-settled-by"),
        stability=stability,
        upload_limits=upload_limits,
        type_imports=type_imports,
        runtime_imports=runtime_imports,
        input_imports=input_imports,
    )


def _batch_max(qualified: str, raw: dict[str, Any]) -> int | None:
    """`x-dixa-batch-max`: the most items one request may carry, where Dixa documents it."""
    value = raw.get("x-dixa-batch-max")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise SpecError(f"{qualified}: x-dixa-batch-max must be a positive integer")
    return value


@dataclass
class LiteralAlias:
    alias: str
    component: str
    values: list[str]
    description: str


def collect_literals(spec_path: Path) -> list[LiteralAlias]:
    """`x-dixa-literal: Name` on a string-enum component: a `Literal` alias of its values."""
    document = YAML(typ="safe").load(spec_path.read_text(encoding="utf-8"))
    found = []
    for component, schema in document.get("components", {}).get("schemas", {}).items():
        alias = schema.get("x-dixa-literal")
        if alias is None:
            continue
        values = schema.get("enum")
        if not values or not all(isinstance(v, str) for v in values):
            raise SpecError(f"{component}: x-dixa-literal needs a string enum")
        found.append(LiteralAlias(alias, component, values, _text(schema.get("description"))))
    aliases = [f.alias for f in found]
    if len(set(aliases)) != len(aliases):
        raise SpecError("two components declare the same x-dixa-literal")
    return sorted(found, key=lambda f: f.alias)


def _upload_limits(qualified: str, raw: Any) -> tuple[int, int, int] | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or set(raw) != set(UPLOAD_LIMIT_KEYS):
        raise SpecError(f"{qualified}: x-dixa-upload-limits needs exactly {', '.join(UPLOAD_LIMIT_KEYS)}")
    values = [raw[key] for key in UPLOAD_LIMIT_KEYS]
    if not all(isinstance(v, int) and v > 0 for v in values):
        raise SpecError(f"{qualified}: x-dixa-upload-limits must be positive integers")
    return values[0], values[1], values[2]


def _parse(spec_path: Path, config_path: Path) -> tuple[dict[str, Any], GeneratorData]:
    config = Config.from_sources(
        ConfigFile.load_from_path(config_path), MetaType.NONE, spec_path, "utf-8", True, None
    )
    document = YAML(typ="safe").load(spec_path.read_text(encoding="utf-8"))
    data = GeneratorData.from_dict(document, config=config)
    if isinstance(data, GeneratorError):
        raise SpecError(f"the spec does not parse: {data.header}: {data.detail}")
    return document, data


def _shape(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path)


def collect(
    spec_path: Path, config_path: Path
) -> tuple[dict[str, Any], dict[str, str], list[Method]]:
    """The spec, tag descriptions by namespace, and every method, sorted by namespace and
    name."""
    document, data = _parse(spec_path, config_path)
    UNIONS.clear()
    for union in unions(document):
        UNIONS.setdefault(frozenset(union.members), union)
    # The parser renames path parameters (`{agentId}` -> `{agent_id}`): match by shape.
    raw_by_shape = {
        (method, _shape(path)): (path, operation)
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and "operationId" in operation
    }
    methods: list[Method] = []
    for tag, collection in data.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            route, raw = raw_by_shape[(_code(endpoint.method), _shape(_code(endpoint.path)))]
            methods.append(build_method(str(tag), endpoint, raw, route))
    seen: set[str] = set()
    for method in methods:
        if method.qualified_name in seen:
            raise SpecError(f"two operations are named {method.qualified_name}")
        seen.add(method.qualified_name)
    for method in methods:
        if method.batch_of is not None and method.batch_of not in seen:
            raise SpecError(f"{method.qualified_name}: x-dixa-batch-of names no operation")
    reads = {m.qualified_name for m in methods if m.read_only}
    for method in methods:
        if method.settled_by is not None and method.settled_by not in reads:
            raise SpecError(f"{method.qualified_name}: x-dixa-settled-by names no read operation")
    methods.sort(key=lambda m: (m.tag, m.name))
    descriptions = {
        tag["name"].lower().replace(" ", "_"): _text(tag.get("description"))
        for tag in document.get("tags", [])
    }
    return document, descriptions, methods


def unions(document: dict[str, Any]) -> list[Union]:
    """Every `oneOf` schema of two or more `$ref`s, sorted by name."""
    found = []
    for schema_name, schema in document.get("components", {}).get("schemas", {}).items():
        choices = schema.get("oneOf") if isinstance(schema, dict) else None
        if not choices or len(choices) < 2 or any("$ref" not in c for c in choices):
            continue
        members = tuple(str(ClassName(c["$ref"].rsplit("/", 1)[-1], "")) for c in choices)
        found.append(Union(str(ClassName(schema_name, "")), members, _text(schema.get("description"))))
    return sorted(found, key=lambda u: u.name)


def write_unions(env: Environment, document: dict[str, Any], package_dir: Path) -> None:
    """`models/unions.py`, and its names added to the lazy `models/__init__.py`."""
    models = package_dir / "models"
    found = unions(document)
    init = (models / "__init__.py").read_text(encoding="utf-8")
    for union in found:
        if re.search(rf'^    "{union.name}": ', init, re.M):
            raise SpecError(f"the union {union.name} has the name of a model")
    modules = dict(re.findall(r'^    "(\w+)": "(\w+)",$', init, re.M))
    members = sorted({m for u in found for m in u.members})
    if missing := [m for m in members if m not in modules]:
        raise SpecError(f"union members without a model module: {', '.join(missing)}")
    (models / "unions.py").write_text(
        env.get_template("unions.py.jinja").render(
            unions=found, imports=sorted((modules[m], m) for m in members)
        ),
        encoding="utf-8",
    )
    names = [u.name for u in found]
    init = init.replace(
        "\n_MODULES = {\n",
        "".join(f"    from .unions import {n}\n" for n in names) + "\n_MODULES = {\n",
        1,
    )
    init = init.replace(
        "\n}\n\n__all__ = (\n",
        "\n" + "".join(f'    "{n}": "unions",\n' for n in names) + "}\n\n__all__ = (\n",
        1,
    )
    init = init.replace(
        "\n)\n\n\ndef __getattr__",
        "\n" + "".join(f'    "{n}",\n' for n in names) + ")\n\n\ndef __getattr__",
        1,
    )
    if any(f'"{n}": "unions"' not in init for n in names):
        raise SpecError("models/__init__.py does not have the expected layout")
    (models / "__init__.py").write_text(init, encoding="utf-8")


def class_name(tag: str) -> str:
    return "".join(part.capitalize() for part in tag.split("_"))


# What each API's operation table says about itself (its module docstring).
_TABLES = {
    "v1": (
        "Dixa v1 API",
        "The transport checks allow-lists, read-only clients, routes and replay safety\n"
        "against it; bulk jobs find operations, their inputs and their batch endpoints in it.",
    ),
    "exports": (
        "Dixa Exports API",
        "The transport checks allow-lists and read-only clients against it, as for v1.",
    ),
}


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["class_name"] = class_name
    # A JSON string is a valid Python string literal.
    env.filters["q"] = lambda value: "None" if value is None else json.dumps(value)
    return env


def render_table(
    env: Environment, spec_path: Path, methods: list[Method], package_dir: Path, kind: str
) -> None:
    """Write `<package_dir>/operations.py`, the operation table of one API."""
    api, purpose = _TABLES[kind]
    text = env.get_template("operations.py.jinja").render(
        methods=methods, api=api, spec=f"openapi/{spec_path.name}", purpose=purpose
    )
    (package_dir / "operations.py").write_text(text, encoding="utf-8")


def render_operations_only(spec_path: Path, config_path: Path, package_dir: Path) -> None:
    """The Exports API: an operation table, no namespaces (its client is hand-written)."""
    _, _, methods = collect(spec_path, config_path)
    render_table(_environment(), spec_path, methods, package_dir, "exports")


def render(spec_path: Path, config_path: Path, package_dir: Path) -> None:
    document, descriptions, methods = collect(spec_path, config_path)
    env = _environment()
    tags = sorted({m.tag for m in methods})
    write_unions(env, document, package_dir)
    resources = package_dir / "resources"
    resources.mkdir(parents=True, exist_ok=True)
    render_table(env, spec_path, methods, package_dir, "v1")
    # The resources import models relative to `resources/`; this module sits one level up.
    # The template imports builtins and datetime itself (ruff drops them when unused).
    imports = sorted(
        {line.replace("from ..", "from .") for m in methods for line in m.input_imports}
        - {"import builtins", "import datetime"}
    )
    (package_dir / "literals.py").write_text(
        env.get_template("literals.py.jinja").render(
            literals=collect_literals(spec_path), spec=f"openapi/{spec_path.name}"
        ),
        encoding="utf-8",
    )
    (package_dir / "operation_inputs.py").write_text(
        env.get_template("inputs.py.jinja").render(
            methods=methods,
            imports=imports,
            api=_TABLES["v1"][0], spec=f"openapi/{spec_path.name}",
        ),
        encoding="utf-8",
    )
    (resources / "_runtime.py").write_text(
        env.get_template("runtime.py.jinja").render(), encoding="utf-8"
    )
    (resources / "__init__.py").write_text(
        env.get_template("namespaces.py.jinja").render(tags=tags, descriptions=descriptions),
        encoding="utf-8",
    )
    for tag in tags:
        mine = [m for m in methods if m.tag == tag]
        (resources / f"{tag}.py").write_text(
            env.get_template("resource.py.jinja").render(
                tag=tag,
                description=descriptions.get(tag, ""),
                methods=mine,
                type_imports=sorted(set().union(*(m.type_imports for m in mine))),
                runtime_imports=sorted(set().union(*(m.runtime_imports for m in mine))),
                modules=sorted({m.module for m in mine}),
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    args = sys.argv[1:]
    only_table = args[:1] == ["--operations-only"]
    if only_table:
        args = args[1:]
    if len(args) != 3:
        sys.exit(__doc__)
    try:
        (render_operations_only if only_table else render)(*(Path(a) for a in args))
    except SpecError as exc:
        sys.exit(f"generate_resources: {exc}")
