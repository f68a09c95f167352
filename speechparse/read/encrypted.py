"""Files locked by encryption: recognised by their container, so the error says what they are.

Two kinds reach users of speechparse:

- files locked by the *document-security clients* (透明加密) common in Chinese
  offices: the client encrypts every file an office program saves and decrypts
  it for the programs it trusts on that computer, so a copy taken elsewhere is a
  header of the client's and ciphertext. Each client marks its files with a
  signature of its own at the start (:data:`CLIENT_SIGNATURES`);
- Office documents saved with a password: Word writes the encrypted .docx
  (ECMA-376 agile or standard encryption, [MS-OFFCRYPTO]) inside an OLE compound
  file, the container of Word 97–2003's .doc, as a stream named
  ``EncryptedPackage``. What tells it from a .doc is that name in the
  container's directory (:func:`ole_has_stream`).

Neither can be read without the key: the only way on is to open the file where
the key is (the client's computer, the password) and save a plain copy.
"""

from __future__ import annotations

import struct
from typing import Final

from speechparse.errors import EncryptedDocumentError

#: the signature an OLE compound file (MS-CFB) begins with
OLE_SIGNATURE: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: the stream an Office document saved with a password keeps its encrypted package in ([MS-OFFCRYPTO] 2.3.4.4)
ENCRYPTED_PACKAGE: Final = "EncryptedPackage"

#: how far into a file a client's signature is looked for
SIGNATURE_WINDOW: Final = 64
#: (signature, what it marks): the marks document-security clients write at the start of a locked file
CLIENT_SIGNATURES: Final = (
    (b"%TSD-Header-###%", "locked by a document-security client (it begins with %TSD-Header-###%)"),
)
#: E-SafeNet (亿赛通) writes a 512-byte header whose bytes 1–3 are this, and byte 11 is 1
E_SAFENET_MAGIC: Final = b"\x14\x23\x65"

_CLIENT_ADVICE: Final = ("open it on the computer where that client runs (or ask whoever manages the client to "
                         "decrypt it) and save a plain copy")
_PASSWORD_ADVICE: Final = ("open it in Word or WPS with its password and save a copy without one (in Word: File › "
                           "Info › Protect Document › Encrypt with Password, then clear the password)")

# the parts of an OLE compound file's header this module reads ([MS-CFB] 2.2)
_SECTOR_SHIFT: Final = struct.Struct("<H")  # at 0x1E: the sector size is 2 ** shift (9 or 12)
_FIRST_DIRECTORY_SECTOR: Final = struct.Struct("<I")  # at 0x30
_HEADER_FAT_SECTORS: Final = 109  # the header lists the first 109 FAT sectors, from 0x4C
_HEADER_SIZE: Final = 512
_DIRECTORY_ENTRY: Final = 128
_LAST_REGULAR_SECTOR: Final = 0xFFFFFFFA  # above: end of chain, free, FAT and DIFAT markers
_STREAM: Final = 2  # the object type of a stream's directory entry
#: directory sectors read at most: a document's directory takes a few; a file with more is not looked through
MAX_DIRECTORY_SECTORS: Final = 256


def check_not_encrypted(data: bytes, path: str | None) -> None:
    """Raise :class:`EncryptedDocumentError` for a file a document-security client or a password locks."""
    head = data[:SIGNATURE_WINDOW]
    for signature, what in CLIENT_SIGNATURES:
        if signature in head:
            raise EncryptedDocumentError(path, what, _CLIENT_ADVICE)
    if data[1:4] == E_SAFENET_MAGIC and len(data) > 11 and data[11] == 1:
        raise EncryptedDocumentError(path, "locked by the document-security client E-SafeNet (亿赛通)",
                                     _CLIENT_ADVICE)
    if data.startswith(OLE_SIGNATURE) and ole_has_stream(data, ENCRYPTED_PACKAGE):
        raise EncryptedDocumentError(path, "an Office document saved with a password (an encrypted .docx)",
                                     _PASSWORD_ADVICE)


def ole_has_stream(data: bytes, name: str) -> bool:
    """Whether the OLE compound file ``data`` has a stream named ``name`` in its directory.

    The directory's sectors are followed through the FAT, as far as the FAT
    sectors the header lists reach and for at most :data:`MAX_DIRECTORY_SECTORS`
    sectors, each read once (a chain that loops ends): the cost is bounded
    whatever the file claims. A malformed container has no such stream.
    """
    if len(data) < _HEADER_SIZE or not data.startswith(OLE_SIGNATURE):
        return False
    shift = _SECTOR_SHIFT.unpack_from(data, 0x1E)[0]
    if shift not in (9, 12):
        return False
    size = 1 << shift
    fat_sectors = struct.unpack_from(f"<{_HEADER_FAT_SECTORS}I", data, 0x4C)
    per_fat_sector = size // 4
    wanted = name.encode("utf-16-le")
    sector = _FIRST_DIRECTORY_SECTOR.unpack_from(data, 0x30)[0]
    seen: set[int] = set()
    while sector < _LAST_REGULAR_SECTOR and sector not in seen and len(seen) < MAX_DIRECTORY_SECTORS:
        seen.add(sector)
        start = (sector + 1) * size  # sector 0 follows the header, which takes one sector
        directory = data[start:start + size]
        for entry in range(0, len(directory) - _DIRECTORY_ENTRY + 1, _DIRECTORY_ENTRY):
            length = struct.unpack_from("<H", directory, entry + 64)[0]  # in bytes, with the closing NUL
            if directory[entry + 66] == _STREAM and length == len(wanted) + 2 \
                    and directory[entry:entry + len(wanted)] == wanted:
                return True
        fat_index, offset = divmod(sector, per_fat_sector)
        if fat_index >= _HEADER_FAT_SECTORS or fat_sectors[fat_index] >= _LAST_REGULAR_SECTOR:
            return False
        fat_start = (fat_sectors[fat_index] + 1) * size + offset * 4
        if fat_start + 4 > len(data):
            return False
        sector = struct.unpack_from("<I", data, fat_start)[0]
    return False
