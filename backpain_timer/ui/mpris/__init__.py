"""A running session as an MPRIS media player on the session D-Bus: media keys, headset buttons,
desktop media widgets and phone remotes pause, skip and stop it."""
