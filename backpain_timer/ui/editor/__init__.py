"""The routine editor: a document of field texts, QUndoCommands that change it, and views that listen."""
