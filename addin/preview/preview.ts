// placeholder: the task pane helper fills this in
