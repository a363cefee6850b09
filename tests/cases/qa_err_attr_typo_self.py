class Car:
    def __init__(self):
        self.speed = 0
    def accelerate(self):
        self.sped += 5
Car().accelerate()
