import os
print(os.path.isabs(__file__), os.path.basename(__file__))
