// placeholder: written by the recorder owner
