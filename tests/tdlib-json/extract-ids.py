#!/usr/bin/env python3
"""Prints the constructor id of every td_api object and function of a libtdjson build.

Usage: extract-ids.py LIBTDJSON > tdlib-1.8.69.ids.tsv

TDLib compiles td_api.tl into C++ classes whose virtual `get_id()` returns the TL
constructor id (the CRC32 of the schema line). The PyPI package `tdjson` ships
`libtdjson` with its symbol table, so each `td::td_api::<name>::get_id() const`
(`_ZNK2td6td_api<len><name>6get_idEv`) can be found and its body read: on x86-64 it is
`mov eax, imm32; ret`, the immediate being the id. The output is one `name<TAB>id` line
per class (ids as 8 lowercase hex digits), sorted by name: which definitions the library
knows, each identified by its exact schema line.
"""

import re
import struct
import sys

SYMBOL = re.compile(rb"_ZNK2td6td_api(\d+)")


def sections(elf):
    """(name, address, offset, size) of every section of a 64-bit little-endian ELF."""
    shoff = struct.unpack_from("<Q", elf, 0x28)[0]
    entsize, count, names = struct.unpack_from("<HHH", elf, 0x3A)
    headers = [struct.unpack_from("<IIQQQQ", elf, shoff + i * entsize) for i in range(count)]
    strings = headers[names][4]
    result = {}
    for name, _kind, _flags, address, offset, size in headers:
        end = elf.index(b"\0", strings + name)
        result[elf[strings + name:end].decode()] = (address, offset, size)
    return result


def main(path):
    elf = open(path, "rb").read()
    if elf[:6] != b"\x7fELF\x02\x01":
        sys.exit(f"{path}: not a 64-bit little-endian ELF file")
    found = sections(elf)
    if ".symtab" not in found:
        sys.exit(f"{path}: no symbol table (a stripped build)")
    text_address, text_offset, text_size = found[".text"]
    _, symtab, symtab_size = found[".symtab"]
    _, strtab, _ = found[".strtab"]
    ids = {}
    for i in range(symtab_size // 24):
        name, _info, _other, _section, value, size = struct.unpack_from(
            "<IBBHQQ", elf, symtab + i * 24
        )
        symbol = elf[strtab + name:elf.index(b"\0", strtab + name)]
        match = SYMBOL.match(symbol)
        if not match or not symbol.endswith(b"6get_idEv"):
            continue
        length = int(match.group(1))
        class_name = symbol[match.end():match.end() + length].decode()
        if symbol[match.end() + length:] != b"6get_idEv":
            continue
        if not text_address <= value < text_address + text_size:
            continue
        code = elf[text_offset + value - text_address:][:size]
        if code[:1] != b"\xb8":
            sys.exit(f"{class_name}::get_id does not start with `mov eax, imm32`")
        ids[class_name] = struct.unpack_from("<I", code, 1)[0]
    for class_name in sorted(ids):
        print(f"{class_name}\t{ids[class_name]:08x}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__.strip().splitlines()[2])
    main(sys.argv[1])
