print("start")

class Box:
    def put(self, __item, _Box__item):
        pass
