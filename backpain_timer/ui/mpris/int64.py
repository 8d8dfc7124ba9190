"""A D-Bus int64 (``x``) that PySide6 can put inside a map, as MPRIS wants ``mpris:length``.

PySide6 cannot make one by hand: a Python int that fits 32 bits becomes a QVariant ``int`` (sent as ``i``),
and ``QDBusArgument << value`` picks the ``ushort`` overload. Only a Qt property or slot declared
``qlonglong`` yields a 64-bit value. So the value is read back from such a property with a D-Bus call to the
same connection, which QtDBus answers in-process (a local call: nothing crosses the bus). The reply keeps
the wire types; the argument is left at the int64 inside it, and a map that holds it (a dict value) copies
that int64 into what it sends.
"""

from __future__ import annotations

from PySide6.QtCore import ClassInfo, Property, QObject
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusArgument, QDBusConnection, QDBusMessage

_PATH = "/org/backpain_timer/Int64"
_INTERFACE = "org.backpain_timer.Int64"
_PROPERTIES = "org.freedesktop.DBus.Properties"


class _Holder(QObject):
    def __init__(self, value: int) -> None:
        super().__init__()
        self.value = value
        _HolderAdaptor(self)


def _value(adaptor: QDBusAbstractAdaptor) -> int:
    holder = adaptor.parent()
    assert isinstance(holder, _Holder)
    return holder.value


@ClassInfo({"D-Bus Interface": _INTERFACE})  # type: ignore[call-arg]  # the stubs miss the dict form
class _HolderAdaptor(QDBusAbstractAdaptor):  # type: ignore[operator]
    Value = Property("qlonglong", _value)  # type: ignore[arg-type]  # the stubs know only classes


def int64(bus: QDBusConnection, value: int) -> QDBusArgument | int:
    """``value`` as an int64 for a map sent on ``bus``; the plain int (an int32) when ``bus`` cannot answer."""
    holder = _Holder(value)
    # Exported for the call only: the call is answered at once, before anything else can see the object.
    if not bus.registerObject(_PATH, holder, QDBusConnection.RegisterOption.ExportAdaptors):
        return value
    call = QDBusMessage.createMethodCall(bus.baseService(), _PATH, _PROPERTIES, "GetAll")
    call.setArguments([_INTERFACE])
    reply = bus.call(call)
    bus.unregisterObject(_PATH)
    if reply.type() is not QDBusMessage.MessageType.ReplyMessage:
        return value
    argument = reply.arguments()[0]  # a{sv}: {"Value": <x>}
    assert isinstance(argument, QDBusArgument)
    # PySide6 binds only the writing beginMapEntry and beginStructure; the reading beginArray enters any
    # container, here the map's entry and then the entry's variant.
    argument.beginMap()
    argument.beginArray()
    argument.asVariant()  # the key
    argument.beginArray()
    return argument
